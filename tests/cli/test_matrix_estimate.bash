# estimate's bad-input matrix: each bad invocation or input gets one diagnostic line, the
# documented exit status (man estimate, EXIT STATUS), nothing on stdout and no file touched.

TEST "bad flags and values: exit 64, with the closest spelling"
refuses 64 "estimate: error: unknown option '--trse' (did you mean '--terse'?) (see estimate --help)" estimate --trse '1+1'
refuses 64 "estimate: error: unknown command 'lat' (did you mean 'latency'?) (expected an expression or one of: storage, traffic, servers, cache, pool, latency, sheet)" estimate lat
refuses 64 "estimate: error: --to: expected a value after it, found nothing (see estimate --help)" estimate '1 MB' --to
refuses 64 "estimate: error: --to: expected a unit, such as GiB, found ''" estimate '1 MB' --to ''
refuses 64 "estimate: error: sheet: expected a file, or - for standard input, found ''" estimate sheet ''
refuses 64 "estimate: error: --items belongs to estimate storage and estimate cache: give it after the command (estimate storage --items ...)" estimate --items 3 storage --size 1
refuses 64 "estimate: error: unknown format 'xml' (expected one of: text, json, tsv, md)" estimate latency --format xml
refuses 64 "estimate: error: --size is required (see estimate --help)" estimate storage --items 100M
refuses 64 "estimate: error: --to cannot be combined with storage" estimate storage --items 1M --size 1KB --to GB
refuses 64 "estimate: error: no expression given, and standard input is closed (see estimate --help)" estimate <&-
refuses 64 "estimate: error: help: unknown command 'stroage' (did you mean 'storage'?) (expected one of: storage, traffic, servers, cache, pool, latency, sheet)" estimate help stroage
refuses 64 "estimate: error: help: expected one command at most, found 'storage traffic'" estimate help storage traffic

TEST "bad expressions: exit 65, saying what is wrong"
refuses 65 "estimate: error: unknown unit 'MBB'; did you mean 'MB'?" estimate '1 MBB'
refuses 65 "estimate: error: unknown unit 'mbps'; did you mean 'Mbps', 'MBps'?" estimate '1 mbps'
refuses 65 "estimate: error: unknown unit 'Mbs'; did you mean 'Mb/s'?" estimate '1 Mbs'
refuses 65 "estimate: error: unknown unit 'gb'; did you mean 'GB', 'Gb'?" estimate '1 gb'
refuses 65 "estimate: error: unknown unit 'Mibps'" estimate '1 Mibps'
refuses 65 "estimate: error: misplaced ',' in '1,5': a comma groups digits in threes, as in 1,000,000" estimate '1,5 GB'
refuses 65 "estimate: error: misplaced ',' in '1000,000': a comma groups digits in threes, as in 1,000,000" estimate '1000,000'
refuses 65 "estimate: error: misplaced ',' in '1,000,00': a comma groups digits in threes, as in 1,000,000" estimate '1,000,00 req'
refuses 65 "estimate: error: cannot add MB and s" estimate '1 MB + 1 s'
refuses 65 "estimate: error: division by zero" estimate '1/0'
refuses 65 "estimate: error: division by zero" estimate '0^-1'
refuses 65 "estimate: error: two numbers side by side in '1 000': write one number without spaces (1000000, 1,000,000 or 1_000_000), or put an operator between them" estimate '1 000 000'
refuses 65 "estimate: error: two numbers side by side in '1 000': write one number without spaces (1000000, 1,000,000 or 1_000_000), or put an operator between them" estimate '1 000 req/s'
refuses 65 "estimate: error: two numbers side by side in '2 3': write one number without spaces (1000000, 1,000,000 or 1_000_000), or put an operator between them" estimate '2 3'
refuses 65 "estimate: error: a number right after a value in '10 GB 2': put an operator between them" estimate '10 GB 2'
refuses 65 "estimate: error: --items: two numbers side by side in '1 000': write one number without spaces (1000000, 1,000,000 or 1_000_000), or put an operator between them" estimate storage --items 1 000 000 --size 1B
refuses 65 "estimate: error: two units to convert to: 'MB' after 'in', and 'KB'" estimate '1 GB in MB' --to KB
refuses 65 "estimate: error: the result is too large to represent" estimate '1e308 * 1e308'
refuses 65 "estimate: error: the result is too large to represent" estimate '1e300 B in 1e-300 B'
refuses 65 "estimate: error: expression too long: 1001 characters (the limit is 1000)" estimate "$(printf '1%.0s' {1..1001})"
refuses 65 "estimate: error: invalid UTF-8 at character 3 of the expression" estimate $'1 \xff'
refuses 65 "estimate: error: invalid UTF-8 at character 1 of the expression" estimate '1 MB' --to $'\xfe'
refuses 65 "estimate: error: unknown unit 'parsecs'; did you mean 'sec', 'secs'?" estimate '1 MB' --to parsecs
refuses 65 "estimate: error: --items: unknown unit 'lots'" estimate storage --items lots --size 100B

TEST "a model step too large to represent: exit 65, naming the step"
refuses 65 "estimate: error: storage: items after growth: the result is too large to represent" estimate storage --items 1M --size 1KB --growth 1000%/day --period 100 year
refuses 65 "estimate: error: storage: raw size: the result is too large to represent" estimate storage --items 1e300 --size 1e300 B
refuses 65 "estimate: error: storage: items added: the result is too large to represent" estimate storage --items 1 --size 1B --growth 1e300/s --period 1e300 s
refuses 65 "estimate: error: --growth: the time unit must be more than zero, found '5%/0 day'" estimate storage --items 1M --size 1KB --growth 5%/0 day
refuses 65 "estimate: error: traffic: average bandwidth: the result is too large to represent" estimate traffic --per-day 1e300 --payload 1e300 B
refuses 65 "estimate: error: servers: servers at full load: the result is too large to represent" estimate servers --rps 1e300 --per-server 1e-300
refuses 65 "estimate: error: cache: memory for the hot set: the result is too large to represent" estimate cache --rps 1 --hit-rate 50% --items 1e300 --size 1e300 B --hot 50%
refuses 65 "estimate: error: pool: in flight on average: the result is too large to represent" estimate pool --rps 1e300 --latency 1e300 s

TEST "batch mode: every bad line is named, the good ones still answered, exit 65"
printf '1 MB in KB\n1 \377\n2 + 2\n' >lines
run estimate <lines
expect_status 65
expect_stdout "1000 KB (977 KiB)

4"
expect_stderr "estimate: <stdin>:2: invalid UTF-8 at character 3 of the expression"

TEST "standard input that cannot be read: exit 74"
refuses 74 "estimate: error: cannot read standard input: Is a directory" estimate <.

TEST "bad sheet files: missing 66, malformed 65, with the file and position"
mkdir folder.yaml
: >empty.yaml
binary_file binary.yaml
printf 'a: "caf\xe9"\n' >latin1.yaml
big_file big.yaml 1100000
printf 'a: b + 1\nb: a + 1\n' >cycle.yaml
refuses 66 "estimate: error: cannot open missing.yaml: No such file or directory" estimate sheet missing.yaml
refuses 66 "estimate: error: folder.yaml: is a folder, expected a file" estimate sheet folder.yaml
refuses 65 "estimate: error: empty.yaml:1:1: the file holds no YAML document" estimate sheet empty.yaml
refuses 65 "estimate: error: binary.yaml:1:8: NUL byte in text" estimate sheet binary.yaml
refuses 65 "estimate: error: latin1.yaml:1:8: invalid UTF-8" estimate sheet latin1.yaml
refuses 65 "estimate: error: big.yaml:1:1: file too large (the limit is 1 MiB)" estimate sheet big.yaml
refuses 65 "estimate: error: cycle.yaml:1:4: cycle: a -> b -> a" estimate sheet cycle.yaml
printf 'per: 3\n' >per.yaml
refuses 65 "estimate: error: per.yaml:1:1: 'per' means division: choose another name" estimate sheet per.yaml
printf 'a: 1 mbps\n' >units.yaml
refuses 65 "estimate: error: units.yaml:1:4: a: unknown name 'mbps' (neither a value of this sheet nor a unit); did you mean 'Mbps', 'MBps'?" estimate sheet units.yaml
chmod 000 empty.yaml
refuses 66 "estimate: error: cannot open empty.yaml: Permission denied" unprivileged estimate sheet empty.yaml

TEST "output that cannot be written: a full disk is 74, a closed pipe ends quietly"
run_to_full estimate '1M req/day in req/s'
expect_status 74
expect_stderr "estimate: error: cannot write to standard output: No space left on device"
run_to_full estimate latency
expect_status 74
estimate latency | head -1 >first 2>err
expect_equal "$(cat first)" "$(estimate latency | sed -n 1p)" "the first line whole"
expect_equal "$(cat err)" "" "nothing said about the closed pipe"

TEST "a folder where the settings file belongs stops estimate with 66"
mkdir -p "$XDG_CONFIG_HOME/prepkit/config.yaml"
refuses 66 "estimate: error: $XDG_CONFIG_HOME/prepkit/config.yaml: is a folder, expected a file" estimate '1 + 1'

TEST "no HOME and relative XDG variables: estimate keeps no state and works"
run env -u HOME -u XDG_CONFIG_HOME estimate '1 GB / 1 MB'
expect_status 0
expect_stdout "1k"
XDG_CONFIG_HOME=config run estimate '2 * 3'
expect_status 0
expect_stdout "6"
