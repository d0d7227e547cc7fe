# estimate end to end: expressions, --terse, --to, --explain, JSON, batch mode, every model and sheet.

TEST "the examples an interviewer expects"
run estimate '100M * 100 B'
expect_status 0
expect_stdout "10 GB (9.31 GiB)"
run estimate '1M req/day in req/s'
expect_stdout "11.6 req/s"
run estimate -t '500 GB/day in Mbit/s'
expect_stdout "46.2962963"
run estimate '500 GB/month * 12 month * 3' --to TB
expect_stdout "18 TB (16.4 TiB)"
run estimate 1M req/day to 1/s
expect_stdout "11.6 1/s"
expect_stderr ""

TEST "a number is exact when the result is, else three figures and never padded with zeros"
run estimate '1 MiB in KiB'
expect_status 0
expect_stdout "1024 KiB (1.05 MB)"
run estimate '1 KiB in B'
expect_status 0
expect_stdout "1024 B (1 KiB)"
run estimate '1 KiB'
expect_status 0
expect_stdout "1.024 kB (1 KiB)"
run estimate '1 year in s'
expect_status 0
expect_stdout "31,536,000 s"
run estimate '1M req/day in req/h'
expect_status 0
expect_stdout "41.7k req/h"
run estimate '2^100'
expect_status 0
expect_stdout "1.27e30"
run estimate '1 ns in year'
expect_status 0
expect_stdout "3.17e-17 year"
run estimate "$(estimate '1 year in s')"
expect_status 0
expect_stdout "1 year"

TEST "the unit is chosen after rounding"
run estimate '999999 B'
expect_status 0
expect_stdout "1 MB (977 KiB)"
run estimate '0.9999 req/s'
expect_status 0
expect_stdout "1 req/s"
run estimate '59.99 s'
expect_status 0
expect_stdout "1 min"
run estimate '999999.99999 users'
expect_status 0
expect_stdout "1M users"
run estimate '999999 users'
expect_status 0
expect_stdout "999,999 users"

TEST "the common spellings of rates, bits and grouped numbers are understood"
run estimate '1 MBps'
expect_status 0
expect_stdout "1 MB/s (977 KiB/s)"
run estimate '100 Mbps in MBps'
expect_status 0
expect_stdout "12.5 MBps (11.9 MiB/s)"
run estimate '8 Gb in GB'
expect_status 0
expect_stdout "1 GB (954 MiB)"
run estimate '5000 qps'
expect_status 0
expect_stdout "5k query/s"
run estimate '1M req/day in rps'
expect_status 0
expect_stdout "11.6 rps"
run estimate '100 req per s * 1 day'
expect_status 0
expect_stdout "8.64M req"
run estimate '1,000,000 req/day in req/s'
expect_status 0
expect_stdout "11.6 req/s"
run estimate --explain '1 MBps + 8 Gb/s'
expect_status 0
expect_stdout "expression:  (1 MBps) + (8 Gb/s)
units:       MBps = 1,000,000 B/s; Gb = 1,000,000,000 bit; s = 1 s
conventions: B is always a byte (never a billion); KB, MB, GB... are powers of 1000 and KiB, MiB, GiB... powers of 1024; a month is 30 days and a year 365 days; count nouns such as req have no dimension
result:      1.001 GB/s (955 MiB/s)"

TEST "a byte unit between a number and a count noun is warned about"
run estimate '5B users'
expect_status 0
expect_stdout "5 B"
expect_stderr "estimate: warning: '5B users': B is a byte, not a billion; did you mean '5G users'?"
run estimate '2 MB users/day'
expect_status 0
expect_stderr "estimate: warning: '2 MB users/day': MB is a megabyte, not a million; did you mean '2 M users/day'?"
run estimate '5G users'
expect_status 0
expect_stdout "5bn users"
expect_stderr ""
run estimate '5 bn users'
expect_status 0
expect_stdout "5bn users"
expect_stderr ""
run estimate '2 KB/user * 5M users'
expect_status 0
expect_stdout "10 GB (9.31 GiB)"
expect_stderr ""
printf '1 + 1\n5B users\n' >exprs
run estimate <exprs
expect_status 0
expect_stdout "2
5 B"
expect_stderr "estimate: <stdin>:2: warning: '5B users': B is a byte, not a billion; did you mean '5G users'?"
printf 'audience: 5B users\nper_user: 2 KB\n' >sheet.yaml
run estimate sheet sheet.yaml
expect_status 0
expect_stderr "estimate: warning: sheet.yaml:1:11: '5B users': B is a byte, not a billion; did you mean '5G users'?"

TEST "help is the help, of the program or of a command"
run estimate help
expect_status 0
expect_stdout "$(estimate --help)"
expect_stderr ""
run estimate help storage
expect_status 0
expect_stdout "$(estimate storage --help)"
expect_stdout_contains "--items"

TEST "--terse without a target prints base units"
run estimate -t '1 GB'
expect_stdout "1000000000"
run estimate -t '1 Gbps'
expect_stdout "1000000000"
run estimate -t '1 h'
expect_stdout "3600"

TEST "--explain states the conventions"
run estimate --explain '500 GB/month in GB/day'
expect_status 0
expect_stdout "expression:  500 GB/month in GB/day
units:       GB = 1,000,000,000 B; month = 30 days (2,592,000 s); day = 86,400 s
conventions: B is always a byte (never a billion); KB, MB, GB... are powers of 1000 and KiB, MiB, GiB... powers of 1024; a month is 30 days and a year 365 days; count nouns such as req have no dimension
result:      16.7 GB/day"

TEST "--format json gives the value, the unit and the expression as understood"
run estimate --format json '1 GB / 1 MB'
expect_stdout '{"expression":"1 GB / 1 MB","understood":"(1 GB) / (1 MB)","value":1.0,"unit":"k","text":"1k"}'
expect_equal "$(estimate --format json '1M req/day' | jq -r '.unit')" "req/s" "unit"

TEST "errors are one line with exit 65"
run estimate '1 GBs'
expect_status 65
expect_stderr "estimate: error: unknown unit 'GBs'; did you mean 'GB/s'?"
run estimate '1 GB + 3 s'
expect_status 65
expect_stderr "estimate: error: cannot add GB and s"
run estimate '1 GB in s'
expect_status 65
expect_stderr "estimate: error: cannot convert GB to s"
run estimate '1 / 0'
expect_status 65
expect_stderr "estimate: error: division by zero"
run estimate '10^999'
expect_status 65
expect_stderr "estimate: error: the result is too large to represent"
run estimate "$(printf '1+%.0s' $(seq 600))1"
expect_status 65
expect_stderr "estimate: error: expression too long: 1201 characters (the limit is 1000)"

TEST "usage errors are exit 64"
if command -v script >/dev/null; then
  script -qec "estimate; echo status \$?" /dev/null >tty.out
  grep -q "estimate: error: no expression given (see estimate --help)" tty.out || fail "no usage error on a terminal: $(cat tty.out)"
  grep -q "status 64" tty.out || fail "not exit 64 on a terminal: $(cat tty.out)"
fi
run estimate </dev/null
expect_status 0
expect_stdout ""
run estimate storag --items 3
expect_status 64
expect_stderr "estimate: error: unknown command 'storag' (did you mean 'storage'?) (expected one of: storage, traffic, servers, cache, pool, latency, sheet)"
run estimate storage --size 1B
expect_status 64
expect_stderr "estimate: error: --items is required (see estimate --help)"

TEST "batch mode: one expression per line, bad lines reported, the rest still run"
printf '100M * 100 B\n\n1 flurb\n# a comment\n1M req/day in req/s\n' >exprs
run estimate <exprs
expect_status 65
expect_stdout "10 GB (9.31 GiB)



11.6 req/s"
expect_stderr "estimate: <stdin>:3: unknown unit 'flurb'"
printf '1 h in min\n2 h in min\n' | estimate -t >out
expect_equal "$(cat out)" $'60\n120' "terse batch"

TEST "count nouns from the settings file"
mkdir -p "$XDG_CONFIG_HOME/prepkit"
printf 'count_nouns: [tenant]\n' >"$XDG_CONFIG_HOME/prepkit/config.yaml"
run estimate '50k tenants/day in tenants/h'
expect_stdout "2.08k tenants/h"

TEST "storage shows its working"
run estimate storage --items 100M --size 100B --replicas 3 --overhead 20% --growth 1M/day
expect_status 0
expect_stdout "raw size            100M × 100 B                  = 10 GB (9.31 GiB)
with overhead       10 GB × (1 + 20%)             = 12 GB (11.2 GiB)
with replicas       12 GB × 3                     = 36 GB (33.5 GiB)
items added         11.6/s × 1 year               = 365M
items after growth  100M + 365M                   = 465M
after 1 year        465M × 100 B × (1 + 20%) × 3  = 167.4 GB (156 GiB)
answer: 167.4 GB (156 GiB)"
run estimate storage --items 100M --size 100 B --format json
expect_equal "$(stdout | jq -r '.answer.text')" "10 GB (9.31 GiB)" "json answer"
run estimate storage --items 100M --size 3 s
expect_status 65
expect_stderr "estimate: error: --size: expected a size in bytes, such as 100 B, found s ('3 s')"

TEST "traffic, servers, cache and pool show their working"
run estimate traffic --per-day 1M req --peak 3 --read-write 10:1 --payload 2KB
expect_status 0
expect_stdout_contains "peak egress   31.6 req/s × 2 kB        = 505 kbit/s"
expect_equal "$(stdout | tail -1)" "answer: 505 kbit/s" "traffic answer"
run estimate servers --rps 20000 req/s --per-server 800 --headroom 30% --spare 2
expect_equal "$(stdout | tail -1)" "answer: 38" "servers answer"
run estimate cache --rps 10000 req/s --hit-rate 90% --cache-latency 1ms --db-latency 20ms
expect_stdout_contains "mean latency          90% × 1 ms + 10% × 20 ms  = 2.9 ms"
expect_equal "$(stdout | tail -1)" "answer: 1k req/s" "cache answer"
run estimate pool --rps 2000 req/s --latency 50 ms --format tsv
expect_stdout $'step\tformula\tresult\nin flight on average\t2k req/s × 50 ms (Little\'s law)\t100 req\npool size\t100, rounded up\t100'
run estimate cache --rps 1000 --hit-rate 90% --items 1M
expect_status 64
expect_stderr "estimate: error: --items, --size and --hot go together"

TEST "latency reference table"
run estimate latency
expect_status 0
expect_equal "$(stdout | head -1)" "L1 cache reference                        0.5 ns" "first row"
expect_equal "$(stdout | wc -l)" "14" "fourteen figures"
run estimate latency datacenter --format tsv
expect_stdout $'operation\tlatency\tns\tnote\nround trip within a datacenter\t500 µs\t500000\t'
run estimate latency l1 --format tsv
expect_status 0
expect_stdout $'operation\tlatency\tns\tnote\nL1 cache reference\t0.5 ns\t0.5\t'
run estimate latency l1 --format json
expect_status 0
expect_equal "$(stdout | jq -c '.[0]')" '{"operation":"L1 cache reference","latency":"0.5 ns","ns":0.5,"note":""}' "L1 in json"
run estimate latency seek --format json
expect_status 0
expect_equal "$(stdout | jq -c '.[0].ns')" '10000000' "a whole number of ns in json"

TEST "a capacity sheet evaluates in dependency order"
cat >sheet.yaml <<'SHEET'
storage: links * per_link * replicas
links: 100M
per_link: 500 B
replicas: 3
write_rate: links / 30 day
SHEET
run estimate sheet sheet.yaml
expect_status 0
expect_stdout "storage     150 GB (140 GiB)  links * per_link * replicas
links       100M              100M
per_link    500 B             500 B
replicas    3                 3
write_rate  38.6/s            links / 30 day"
printf 'a: b + 1\nb: a * 2\n' >cycle.yaml
run estimate sheet cycle.yaml
expect_status 65
expect_stderr "estimate: error: cycle.yaml:1:4: cycle: a -> b -> a"
run estimate sheet missing.yaml
expect_status 66
