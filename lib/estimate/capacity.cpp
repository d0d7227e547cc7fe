#include "estimate/capacity.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "base/error.h"
#include "base/lines.h"

namespace prepkit {

namespace {

// A quantity as it appears inside a formula: the number and unit, without the twin.
std::string shown(const Quantity& q) {
  Shown s = show(q);
  s.twin.clear();
  return s.text();
}

// A plain count with the nouns of `like`.
Quantity count(double value, const Quantity& like = {}) {
  Quantity q;
  q.value = value;
  q.nouns = like.nouns;
  return q;
}

Quantity scaled(Quantity q, double factor) {
  q.value *= factor;
  return q;
}

Quantity per_second(double value, const Quantity& like) {
  Quantity q = count(value, like);
  q.dim = {0, -1};
  return q;
}

// A data rate in bits per second, the way networks are quoted.
Quantity bandwidth(double bytes_per_second) {
  Quantity q;
  q.value = bytes_per_second;
  q.dim = {1, -1};
  q.bits = true;
  return q;
}

std::string percent(double fraction) { return format_number(fraction * 100) + "%"; }

// A compound growth, `5%/month` or `5% per month`, split into its percentage and its time unit;
// nothing for a linear one.
std::optional<std::pair<std::string, std::string>> compound_growth(const std::string& growth) {
  if (growth.find('%') == std::string::npos) return std::nullopt;
  const std::size_t slash = growth.rfind('/');
  const std::size_t per = growth.rfind(" per ");
  if (per != std::string::npos && (slash == std::string::npos || per > slash)) {
    return std::pair{growth.substr(0, per), growth.substr(per + 5)};
  }
  if (slash == std::string::npos) return std::nullopt;
  return std::pair{growth.substr(0, slash), growth.substr(slash + 1)};
}

// Adds `step` to the working `w`; throws DataError naming the step when its result is too large.
void add(Working& w, Step step) {
  if (!std::isfinite(step.value.value)) {
    throw DataError(fmt::format("{}: {}: the result is too large to represent", w.model, step.name));
  }
  w.steps.push_back(std::move(step));
}

}  // namespace

Quantity model_input(const std::string& field, const std::string& text, Dimension expected, const std::string& what,
                     const Scope& scope) {
  Quantity q;
  try {
    q = Expression::parse(text).evaluate(scope);
  } catch (const DataError& e) {
    throw FieldError(field, e.what(), ExitCode::data);
  }
  if (expected == Dimension{0, -1} && q.dim == Dimension{}) q.dim = expected;  // --rps 2000
  if (!(q.dim == expected)) {
    throw FieldError(field, fmt::format("expected {}, found {} ('{}')", what, q.unit_name(), excerpt(text)),
                     ExitCode::data);
  }
  if (q.value < 0) {
    throw FieldError(field, fmt::format("must not be negative, found '{}'", excerpt(text)), ExitCode::data);
  }
  return q;
}

Working storage_model(const StorageInputs& in, const Scope& scope) {
  Working w{"storage", {}};
  const double overhead = in.overhead ? in.overhead->value : 0;
  const double replicas = in.replicas ? in.replicas->value : 1;
  Quantity raw = in.items;
  raw.value = in.items.value * in.size.value;
  raw.dim = in.size.dim;
  raw.nouns.clear();
  raw.bits = false;
  add(w, {"raw size", fmt::format("{} \xc3\x97 {}", shown(in.items), shown(in.size)), raw});
  Quantity total = raw;
  if (in.overhead) {
    total = scaled(total, 1 + overhead);
    add(w, {"with overhead", fmt::format("{} \xc3\x97 (1 + {})", shown(raw), percent(overhead)), total});
  }
  if (in.replicas) {
    const Quantity before = total;
    total = scaled(total, replicas);
    add(w, {"with replicas", fmt::format("{} \xc3\x97 {}", shown(before), format_number(replicas)), total});
  }
  if (!in.growth) return w;

  Quantity period;
  period.dim = {0, 1};
  period.value = 365 * 86400.0;
  if (in.period) period = *in.period;
  Quantity items_after = in.items;
  const std::string& growth = *in.growth;
  if (const auto compound = compound_growth(growth)) {
    // Compound: a percentage per time unit, applied once per whole or partial unit.
    const Quantity rate =
        model_input("growth", compound->first, {0, 0}, "a percentage per time unit, such as 5%/month", scope);
    const Quantity unit =
        model_input("growth", compound->second, {0, 1}, "a percentage per time unit, such as 5%/month", scope);
    if (unit.value == 0) {
      throw FieldError("growth", fmt::format("the time unit must be more than zero, found '{}'", excerpt(growth)),
                       ExitCode::data);
    }
    const double steps = period.value / unit.value;
    items_after.value = in.items.value * std::pow(1 + rate.value, steps);
    add(w, {"items after growth",
            fmt::format("{} \xc3\x97 (1 + {})^({} / {})", shown(in.items), percent(rate.value), shown(period),
                        shown(unit)),
            items_after});
  } else {
    // Linear: items added per unit of time.
    const Quantity rate =
        model_input("growth", growth, {0, -1},
                    "items per time, such as 1M/day, or a percentage per time unit, such as 5%/month", scope);
    Quantity added = count(rate.value * period.value, rate);
    add(w, {"items added", fmt::format("{} \xc3\x97 {}", shown(rate), shown(period)), added});
    items_after.value = in.items.value + added.value;
    add(w, {"items after growth", fmt::format("{} + {}", shown(in.items), shown(added)), items_after});
  }
  Quantity grown = raw;
  grown.value = items_after.value * in.size.value * (1 + overhead) * replicas;
  std::string formula = fmt::format("{} \xc3\x97 {}", shown(items_after), shown(in.size));
  if (in.overhead) formula += fmt::format(" \xc3\x97 (1 + {})", percent(overhead));
  if (in.replicas) formula += fmt::format(" \xc3\x97 {}", format_number(replicas));
  add(w, {"after " + shown(period), formula, grown});
  return w;
}

std::pair<double, double> parse_ratio(const std::string& field, const std::string& text) {
  // A whole non-negative number on each side of the colon.
  const auto number = [](const std::string& part) {
    char* end = nullptr;
    const double value = part.empty() ? -1 : std::strtod(part.c_str(), &end);
    return end && *end == '\0' && std::isfinite(value) ? value : -1.0;
  };
  const std::size_t colon = text.find(':');
  const double r = colon == std::string::npos ? -1 : number(text.substr(0, colon));
  const double wr = colon == std::string::npos ? -1 : number(text.substr(colon + 1));
  if (r < 0 || wr < 0 || r + wr <= 0) {
    throw FieldError(field, fmt::format("expected READ:WRITE such as 10:1, found '{}'", excerpt(text)), ExitCode::data);
  }
  return {r, wr};
}

Working traffic_model(const TrafficInputs& in) {
  Working w{"traffic", {}};
  const Quantity average = per_second(in.per_day.value / 86400.0, in.per_day);
  add(w, {"average rate", fmt::format("{} / 86,400 s", shown(in.per_day)), average});
  const double factor = in.peak ? in.peak->value : 2;
  const Quantity peak = scaled(average, factor);
  add(w,
      {"peak rate",
       fmt::format("{} \xc3\x97 {}{}", shown(average), format_number(factor), in.peak ? "" : " (default peak factor)"),
       peak});
  Quantity reads = peak;
  Quantity writes = peak;
  if (in.read_write) {
    const auto [r, wr] = *in.read_write;
    const std::string ratio = fmt::format("{}:{}", format_number(r), format_number(wr));
    reads = scaled(peak, r / (r + wr));
    writes = scaled(peak, wr / (r + wr));
    add(w, {"peak reads", fmt::format("{} \xc3\x97 {} of {}", shown(peak), format_number(r), ratio), reads});
    add(w, {"peak writes", fmt::format("{} \xc3\x97 {} of {}", shown(peak), format_number(wr), ratio), writes});
  }
  if (in.payload) {
    if (in.read_write) {
      add(w, {"peak ingress", fmt::format("{} \xc3\x97 {}", shown(writes), shown(*in.payload)),
              bandwidth(writes.value * in.payload->value)});
      add(w, {"peak egress", fmt::format("{} \xc3\x97 {}", shown(reads), shown(*in.payload)),
              bandwidth(reads.value * in.payload->value)});
    } else {
      add(w, {"average bandwidth", fmt::format("{} \xc3\x97 {}", shown(average), shown(*in.payload)),
              bandwidth(average.value * in.payload->value)});
      add(w, {"peak bandwidth", fmt::format("{} \xc3\x97 {}", shown(peak), shown(*in.payload)),
              bandwidth(peak.value * in.payload->value)});
    }
  }
  return w;
}

Working servers_model(const ServerInputs& in) {
  Working w{"servers", {}};
  if (in.per_server.value <= 0) throw FieldError("per-server", "must be more than 0", ExitCode::data);
  const double headroom = in.headroom ? in.headroom->value : 0;
  if (headroom >= 1) throw FieldError("headroom", "must be less than 100%", ExitCode::data);
  const double exact = in.rps.value / in.per_server.value;
  add(w, {"servers at full load", fmt::format("{} / {}", shown(in.rps), shown(in.per_server)), count(exact)});
  double needed = std::ceil(exact - 1e-9);
  if (in.headroom) {
    const double with = in.rps.value / (in.per_server.value * (1 - headroom));
    needed = std::ceil(with - 1e-9);
    add(w,
        {"with headroom",
         fmt::format("{} / ({} \xc3\x97 (1 - {})), rounded up", shown(in.rps), shown(in.per_server), percent(headroom)),
         count(needed)});
  } else {
    add(w, {"rounded up", format_number(exact), count(needed)});
  }
  if (in.spare) {
    const double total = needed + std::ceil(in.spare->value);
    add(w, {"with spares", fmt::format("{} + {}", format_number(needed), format_number(std::ceil(in.spare->value))),
            count(total)});
  }
  return w;
}

Working cache_model(const CacheInputs& in) {
  Working w{"cache", {}};
  const double h = in.hit_rate.value;
  if (h > 1) throw FieldError("hit-rate", "must be at most 100%", ExitCode::data);
  add(w, {"served by the cache", fmt::format("{} \xc3\x97 {}", shown(in.rps), percent(h)), scaled(in.rps, h)});
  if (in.cache_latency && in.db_latency) {
    Quantity mean = *in.cache_latency;
    mean.value = h * in.cache_latency->value + (1 - h) * in.db_latency->value;
    add(w, {"mean latency",
            fmt::format("{} \xc3\x97 {} + {} \xc3\x97 {}", percent(h), shown(*in.cache_latency), percent(1 - h),
                        shown(*in.db_latency)),
            mean});
  }
  if (in.items && in.size && in.hot) {
    Quantity memory = *in.size;
    memory.value = in.items->value * in.hot->value * in.size->value;
    add(w,
        {"memory for the hot set",
         fmt::format("{} \xc3\x97 {} \xc3\x97 {}", shown(*in.items), percent(in.hot->value), shown(*in.size)), memory});
  }
  add(w,
      {"load on the database", fmt::format("{} \xc3\x97 (1 - {})", shown(in.rps), percent(h)), scaled(in.rps, 1 - h)});
  return w;
}

Working pool_model(const Quantity& rps, const Quantity& latency) {
  Working w{"pool", {}};
  Quantity concurrency = rps;
  concurrency.value = rps.value * latency.value;
  concurrency.dim = {0, 0};
  add(w,
      {"in flight on average", fmt::format("{} \xc3\x97 {} (Little's law)", shown(rps), shown(latency)), concurrency});
  add(w, {"pool size", fmt::format("{}, rounded up", format_number(concurrency.value)),
          count(std::ceil(concurrency.value - 1e-9))});
  return w;
}

std::vector<LatencyFigure> latency_table(const std::string& pattern) {
  static const std::vector<LatencyFigure> figures = {
      {"L1 cache reference", 0.5e-9, ""},
      {"branch mispredict", 5e-9, ""},
      {"L2 cache reference", 7e-9, ""},
      {"mutex lock and unlock", 25e-9, ""},
      {"main memory reference", 100e-9, ""},
      {"compress 1 KB with a fast codec", 3e-6, "Snappy-class compressor"},
      {"send 1 KB over a 1 Gbit/s network", 10e-6, ""},
      {"read 4 KB at random from SSD", 150e-6, "about 27k reads/s on one queue"},
      {"read 1 MB sequentially from memory", 250e-6, "about 4 GB/s"},
      {"round trip within a datacenter", 500e-6, ""},
      {"read 1 MB sequentially from SSD", 1e-3, "about 1 GB/s; NVMe drives do several GB/s"},
      {"disk seek", 10e-3, ""},
      {"read 1 MB sequentially from disk", 20e-3, "about 50 MB/s"},
      {"round trip California to the Netherlands", 150e-3, "cross-continent"},
  };
  std::string needle = pattern;
  std::transform(needle.begin(), needle.end(), needle.begin(), [](unsigned char c) { return std::tolower(c); });
  std::vector<LatencyFigure> rows;
  for (const auto& figure : figures) {
    std::string hay = figure.operation;
    std::transform(hay.begin(), hay.end(), hay.begin(), [](unsigned char c) { return std::tolower(c); });
    if (hay.find(needle) != std::string::npos) rows.push_back(figure);
  }
  return rows;
}

}  // namespace prepkit
