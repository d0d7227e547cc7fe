#include "output/svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace prepkit {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string svg_number(double value) {
  if (!std::isfinite(value)) return "0";
  std::string out = fmt::format("{:.2f}", std::round(value * 100) / 100);
  out.erase(out.find_last_not_of('0') + 1);
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

namespace {

// ` class="cls"`, or nothing for no class.
std::string class_attribute(std::string_view cls) {
  return cls.empty() ? "" : fmt::format(" class=\"{}\"", xml_escape(cls));
}

// The element `head` closed at once, or holding a tooltip.
std::string element(std::string_view name, const std::string& attributes, std::string_view tooltip) {
  if (tooltip.empty()) return fmt::format("<{}{}/>\n", name, attributes);
  return fmt::format("<{}{}><title>{}</title></{}>\n", name, attributes, xml_escape(tooltip), name);
}

}  // namespace

Svg::Svg(double width, double height, std::string title, std::string description)
    : width_(width), height_(height), title_(std::move(title)), description_(std::move(description)) {}

void Svg::rect(double x, double y, double w, double h, std::string_view cls, std::string_view tooltip) {
  body_ += element("rect",
                   fmt::format(" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}", svg_number(x), svg_number(y),
                               svg_number(std::max(w, 0.0)), svg_number(std::max(h, 0.0)), class_attribute(cls)),
                   tooltip);
}

void Svg::line(double x1, double y1, double x2, double y2, std::string_view cls) {
  body_ += element("line",
                   fmt::format(" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}", svg_number(x1), svg_number(y1),
                               svg_number(x2), svg_number(y2), class_attribute(cls)),
                   {});
}

void Svg::polyline(const std::vector<std::pair<double, double>>& points, std::string_view cls,
                   std::string_view tooltip) {
  std::string list;
  for (const auto& [x, y] : points)
    list += fmt::format("{}{},{}", list.empty() ? "" : " ", svg_number(x), svg_number(y));
  body_ += element("polyline", fmt::format(" points=\"{}\"{}", list, class_attribute(cls)), tooltip);
}

void Svg::circle(double cx, double cy, double r, std::string_view cls, std::string_view tooltip) {
  body_ += element("circle",
                   fmt::format(" cx=\"{}\" cy=\"{}\" r=\"{}\"{}", svg_number(cx), svg_number(cy), svg_number(r),
                               class_attribute(cls)),
                   tooltip);
}

void Svg::text(double x, double y, std::string_view content, std::string_view cls, std::string_view anchor) {
  const std::string anchored = anchor == "start" ? "" : fmt::format(" text-anchor=\"{}\"", xml_escape(anchor));
  body_ += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>\n", svg_number(x), svg_number(y), anchored,
                       class_attribute(cls), xml_escape(content));
}

std::string Svg::open(std::string_view id, bool standalone) const {
  const std::string ns = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : "";
  return fmt::format(
      "<svg{} viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-labelledby=\"{}-title {}-desc\">\n"
      "<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n",
      ns, svg_number(width_), svg_number(height_), svg_number(width_), svg_number(height_), id, id, id,
      xml_escape(title_), id, xml_escape(description_));
}

std::string Svg::inline_svg(std::string_view id) const { return open(id, false) + body_ + "</svg>\n"; }

std::string Svg::document(std::string_view stylesheet) const {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + open("chart", true) + "<style>\n" + std::string(stylesheet) +
         "</style>\n" + body_ + "</svg>\n";
}

double Frame::x(double value) const {
  const double span = x1 - x0;
  return left + (span == 0 ? 0 : (value - x0) / span * width);
}

double Frame::y(double value) const {
  const double span = y1 - y0;
  return top + height - (span == 0 ? 0 : (value - y0) / span * height);
}

void draw_axes(Svg& svg, const Frame& frame, int y_ticks, const std::vector<std::pair<double, std::string>>& x_labels,
               const std::function<std::string(double)>& label) {
  for (int i = 0; i <= y_ticks && y_ticks > 0; ++i) {
    const double value = frame.y0 + (frame.y1 - frame.y0) * i / y_ticks;
    const double y = frame.y(value);
    if (i > 0) svg.line(frame.left, y, frame.left + frame.width, y, "grid");
    svg.text(frame.left - 6, y + 4, label(value), "tick", "end");
  }
  const double bottom = frame.top + frame.height;
  svg.line(frame.left, bottom, frame.left + frame.width, bottom, "axis");
  svg.line(frame.left, frame.top, frame.left, bottom, "axis");
  for (const auto& [value, label] : x_labels) svg.text(frame.x(value), bottom + 16, label, "tick", "middle");
}

double nice_top(double value) {
  if (!(value > 1)) return 1;
  const double power = std::pow(10.0, std::floor(std::log10(value)));
  for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

}  // namespace prepkit
