// A small SVG writer for the report's charts: a canvas with a title and a description, and the
// few shapes the charts draw (rectangles, lines, polylines, circles, text), each styled by a
// class the stylesheet colours, and a frame that maps data to the canvas with its axes. Output
// is deterministic: numbers are written with at most two decimals.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prepkit {

// `text` with &, <, >, " and ' escaped for XML and HTML text and attributes.
std::string xml_escape(std::string_view text);

// `value` as SVG writes it: at most two decimals, no trailing zeros ("12", "12.5", "-0.25").
std::string svg_number(double value);

// One SVG image. Every shape may carry a class (for the stylesheet) and a tooltip (a <title>
// child, which screen readers and browsers show).
class Svg {
 public:
  // A `width` × `height` canvas; `title` and `description` become its accessible name and
  // description (role="img", aria-labelledby).
  Svg(double width, double height, std::string title, std::string description);

  double width() const { return width_; }
  double height() const { return height_; }
  const std::string& description() const { return description_; }

  void rect(double x, double y, double w, double h, std::string_view cls, std::string_view tooltip = {});
  void line(double x1, double y1, double x2, double y2, std::string_view cls);
  void polyline(const std::vector<std::pair<double, double>>& points, std::string_view cls,
                std::string_view tooltip = {});
  void circle(double cx, double cy, double r, std::string_view cls, std::string_view tooltip = {});
  // Text at (x, y) on its baseline; `anchor` is start, middle or end.
  void text(double x, double y, std::string_view content, std::string_view cls, std::string_view anchor = "start");

  // The image as an element to place inline in HTML, its ids made unique by `id`.
  std::string inline_svg(std::string_view id) const;

  // The image as a file of its own: the XML declaration, the SVG namespace and `stylesheet` inside.
  std::string document(std::string_view stylesheet) const;

 private:
  std::string open(std::string_view id, bool standalone) const;

  double width_;
  double height_;
  std::string title_;
  std::string description_;
  std::string body_;
};

// A plot area on a canvas and the data ranges it shows: x from `x0` to `x1` left to right, y from
// `y0` to `y1` bottom to top.
struct Frame {
  double left = 0, top = 0, width = 0, height = 0;
  double x0 = 0, x1 = 1, y0 = 0, y1 = 1;

  double x(double value) const;
  double y(double value) const;
};

// Axes on `frame`: a line along the bottom and the left, `y_ticks` evenly spaced labels (written
// by `label`) with faint grid lines, and a label under each of `x_labels` (value, text).
void draw_axes(Svg& svg, const Frame& frame, int y_ticks, const std::vector<std::pair<double, std::string>>& x_labels,
               const std::function<std::string(double)>& label = svg_number);

// A round, readable top for an axis that must reach `value`: 1, 2, 2.5 or 5 times a power of ten
// (at least 1).
double nice_top(double value);

}  // namespace prepkit
