// Shows what the SVG writer writes: escaped text, short numbers, accessible images, frames and axes.
#include <doctest/doctest.h>

#include "output/svg.h"

using namespace prepkit;

TEST_CASE("xml_escape escapes the five characters XML reserves") {
  CHECK(xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  CHECK(xml_escape("plain é") == "plain é");
}

TEST_CASE("svg_number writes at most two decimals and no trailing zeros") {
  CHECK(svg_number(12) == "12");
  CHECK(svg_number(12.5) == "12.5");
  CHECK(svg_number(1.0 / 3) == "0.33");
  CHECK(svg_number(-0.001) == "0");
  CHECK(svg_number(-2.25) == "-2.25");
  CHECK(svg_number(1.0 / 0.0) == "0");
}

TEST_CASE("Svg writes shapes with their classes and tooltips") {
  Svg svg(100, 50, "A <title>", "What it shows");
  svg.rect(1, 2, 3.5, -4, "bar", "3.5 & more");
  svg.line(0, 0, 10, 10, "axis");
  svg.polyline({{0, 0}, {1.25, 2}}, "done");
  svg.circle(5, 5, 2, "");
  svg.text(50, 20, "x < y", "tick", "middle");

  SUBCASE("inline, for a page") {
    CHECK(svg.inline_svg("c1") ==
          "<svg viewBox=\"0 0 100 50\" width=\"100\" height=\"50\" role=\"img\" aria-labelledby=\"c1-title c1-desc\">\n"
          "<title id=\"c1-title\">A &lt;title&gt;</title>\n<desc id=\"c1-desc\">What it shows</desc>\n"
          "<rect x=\"1\" y=\"2\" width=\"3.5\" height=\"0\" class=\"bar\"><title>3.5 &amp; more</title></rect>\n"
          "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"10\" class=\"axis\"/>\n"
          "<polyline points=\"0,0 1.25,2\" class=\"done\"/>\n"
          "<circle cx=\"5\" cy=\"5\" r=\"2\"/>\n"
          "<text x=\"50\" y=\"20\" text-anchor=\"middle\" class=\"tick\">x &lt; y</text>\n"
          "</svg>\n");
  }
  SUBCASE("a file of its own carries the namespace and the stylesheet") {
    const std::string doc = svg.document(".bar { fill: red; }\n");
    CHECK(
        doc.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        "viewBox=\"0 0 100 50\""));
    CHECK(doc.find("<style>\n.bar { fill: red; }\n</style>\n<rect ") != std::string::npos);
    CHECK(doc.ends_with("</svg>\n"));
  }
}

TEST_CASE("Frame maps data to the canvas, y upwards") {
  const Frame f{10, 20, 100, 50, 0, 10, 0, 5};
  CHECK(f.x(0) == 10);
  CHECK(f.x(10) == 110);
  CHECK(f.y(0) == 70);
  CHECK(f.y(5) == 20);
  CHECK(f.y(2.5) == 45);
  SUBCASE("an empty range maps to the start") {
    const Frame flat{0, 0, 100, 100, 3, 3, 0, 0};
    CHECK(flat.x(7) == 0);
    CHECK(flat.y(7) == 100);
  }
}

TEST_CASE("draw_axes labels the ticks and the weeks") {
  Svg svg(200, 100, "t", "d");
  draw_axes(svg, Frame{20, 10, 100, 60, 0, 4, 0, 10}, 2, {{1, "1"}, {4, "4"}},
            [](double v) { return svg_number(v) + "s"; });
  const std::string out = svg.inline_svg("a");
  CHECK(out.find(">0s</text>") != std::string::npos);
  CHECK(out.find(">5s</text>") != std::string::npos);
  CHECK(out.find(">10s</text>") != std::string::npos);
  CHECK(out.find("<line x1=\"20\" y1=\"40\" x2=\"120\" y2=\"40\" class=\"grid\"/>") != std::string::npos);
  CHECK(out.find("<text x=\"45\" y=\"86\" text-anchor=\"middle\" class=\"tick\">1</text>") != std::string::npos);
  CHECK(out.find("<text x=\"120\" y=\"86\" text-anchor=\"middle\" class=\"tick\">4</text>") != std::string::npos);
}

TEST_CASE("nice_top rounds up to 1, 2, 2.5 or 5 times a power of ten") {
  CHECK(nice_top(0) == 1);
  CHECK(nice_top(1) == 1);
  CHECK(nice_top(3) == 5);
  CHECK(nice_top(45) == 50);
  CHECK(nice_top(12) == 20);
  CHECK(nice_top(240) == 250);
  CHECK(nice_top(100) == 100);
  CHECK(nice_top(101) == 200);
}
