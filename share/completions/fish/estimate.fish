# fish completion for estimate (prepkit): commands and options.
set -l commands storage traffic servers cache pool latency sheet
complete -c estimate -f
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a storage -d 'Storage with overhead, replicas and growth'
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a traffic -d 'Average and peak rates and bandwidth'
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a servers -d 'Servers for a request rate'
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a cache -d 'Database load and latency behind a cache'
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a pool -d "Connections by Little's law"
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a latency -d 'Latencies to know'
complete -c estimate -n "not __fish_seen_subcommand_from $commands" -a sheet -d 'Evaluate a capacity sheet'
complete -c estimate -n "__fish_seen_subcommand_from sheet" -F
complete -c estimate -l to -x -a "B KB MB GB TB KiB MiB GiB bit Mbit Gbit Mbps Gbps ms s min h day month year req/s 1/s" -d 'Show the result in this unit'
complete -c estimate -s t -l terse -d 'Print only the number'
complete -c estimate -l explain -d 'Show how the expression was understood'
complete -c estimate -l format -x -a "text json tsv md" -d 'Output format'
for option in items size replicas overhead growth period per-day peak read-write payload rps per-server headroom spare hit-rate cache-latency db-latency hot latency
    complete -c estimate -n "__fish_seen_subcommand_from storage traffic servers cache pool" -l $option -x
end
complete -c estimate -s h -l help -d 'Print help'
complete -c estimate -l version -d 'Print the version'
