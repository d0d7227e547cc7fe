// The usual capacity models of a design round, each returning its working step by step:
// storage, traffic, servers, cache and connection pools (Little's law), and the reference
// table of latencies every backend engineer should know.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "estimate/expression.h"
#include "estimate/quantity.h"

namespace prepkit {

// One line of working: what is computed, how, and the result.
struct Step {
  std::string name;     // "raw size"
  std::string formula;  // "100M items × 100 B"
  Quantity value;
};

// A model's working, in order; the last step is the answer.
struct Working {
  std::string model;
  std::vector<Step> steps;
};

// Evaluates the value `text` of the model's input `field` (such as "size") and checks its
// dimension against `expected`, named `what` in messages ("a size in bytes, such as 100 B"). When
// a rate is expected, a plain number counts per second. Throws FieldError (exit 65).
Quantity model_input(const std::string& field, const std::string& text, Dimension expected, const std::string& what,
                     const Scope& scope = {});

// Storage: items x size, then overhead, replicas, and growth over a period. `growth` is either
// items per time (linear, "1M/day") or a percentage per time unit (compound, "5%/month").
struct StorageInputs {
  Quantity items, size;
  std::optional<Quantity> replicas, overhead;
  std::optional<std::string> growth;  // as written: its form decides linear or compound
  std::optional<Quantity> period;
};
Working storage_model(const StorageInputs& in, const Scope& scope = {});

// Traffic: a daily volume as average and peak rates, split into reads and writes, and the
// bandwidth a payload size implies.
struct TrafficInputs {
  Quantity per_day;
  std::optional<Quantity> peak;  // peak over average, default 2
  std::optional<std::pair<double, double>> read_write;
  std::optional<Quantity> payload;
};
Working traffic_model(const TrafficInputs& in);

// Parses "R:W", such as "10:1", the value of `field`; throws FieldError (exit 65).
std::pair<double, double> parse_ratio(const std::string& field, const std::string& text);

// Servers: request rate over per-server capacity, with headroom and spares.
struct ServerInputs {
  Quantity rps, per_server;
  std::optional<Quantity> headroom;  // share of each server kept free, default 0
  std::optional<Quantity> spare;     // extra servers for failures (N+spare)
};
Working servers_model(const ServerInputs& in);

// Cache: the load that reaches the database, the mean latency, and the memory for the hot set.
struct CacheInputs {
  Quantity rps, hit_rate;
  std::optional<Quantity> cache_latency, db_latency, items, size, hot;
};
Working cache_model(const CacheInputs& in);

// Little's law: concurrency = arrival rate x time in the system, the size of a pool or worker set.
Working pool_model(const Quantity& rps, const Quantity& latency);

// One row of the latency reference table.
struct LatencyFigure {
  std::string operation;
  double seconds;
  std::string note;
};

// The reference latencies, fastest first, optionally only those whose operation contains
// `pattern` (case-insensitive).
std::vector<LatencyFigure> latency_table(const std::string& pattern = "");

}  // namespace prepkit
