# fish completion for qpick (prepkit): commands, options, option values, question ids.
set -l commands show list lint grade stats history import
complete -c qpick -f
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a show -d 'Print one question whole'
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a list -d 'List subtopics, tags or ids'
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a lint -d 'Check question banks'
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a grade -d 'Record how an answer went'
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a stats -d 'Progress per subtopic'
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a history -d 'Every grade recorded'
complete -c qpick -n "not __fish_seen_subcommand_from $commands" -a import -d 'Add an exported history'
complete -c qpick -n "__fish_seen_subcommand_from show grade" -a "(qpick list ids --format tsv 2>/dev/null | tail -n +2 | cut -f1)"
complete -c qpick -n "__fish_seen_subcommand_from grade" -a "again hard good easy"
complete -c qpick -n "__fish_seen_subcommand_from list" -a "subtopics tags ids"
complete -c qpick -n "__fish_seen_subcommand_from lint import" -F
complete -c qpick -s n -l count -x -d 'How many questions'
complete -c qpick -s s -l subtopic -x -a "coding apis databases system-design performance security-testing operations behavioral ask" -d 'Only this subtopic'
complete -c qpick -l area -x -a "coding design ops behavioral ask" -d 'Only this area'
complete -c qpick -l kind -x -a "concept coding design debugging estimation behavioral ask" -d 'Only this kind'
complete -c qpick -l difficulty -x -a "easy medium hard" -d 'Only this difficulty'
complete -c qpick -l tag -x -a "(qpick list tags --format tsv 2>/dev/null | tail -n +2 | cut -f1)" -d 'Only this tag'
complete -c qpick -l weights -x -d 'Split the sample by weight'
complete -c qpick -l daily -d 'The question of the day'
complete -c qpick -l due -d 'Questions due for review'
complete -c qpick -l weak -d 'Questions from weak subtopics'
complete -c qpick -l plan -d 'Split like the saved plan'
complete -c qpick -l fresh-days -x -d 'Days before a daily question repeats'
complete -c qpick -l until -x -d 'The interview date'
complete -c qpick -l seed -x -d 'Seed the random choice'
complete -c qpick -l date -x -d 'Treat this day as today'
complete -c qpick -l format -x -a "text json tsv md" -d 'Output format'
complete -c qpick -l color -x -a "auto always never" -d 'Colour'
complete -c qpick -l bank -r -F -d 'Load banks from here'
complete -c qpick -l no-cache -d 'Parse the banks afresh'
complete -c qpick -l state -r -F -d 'The state database'
complete -c qpick -l since -x -d 'Only grades since this day'
complete -c qpick -s h -l help -d 'Print help'
complete -c qpick -l version -d 'Print the version'
