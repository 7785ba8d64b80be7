# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for escut-cli. New subcommands: add them to `commands` and their options to the case below.
_escut_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="audit snapshot checks lab history diff exporter help"
    local layers="host daemon supply-chain minimal-image runtime container secrets encryption monitoring compose"
    local command=""
    local i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            command=${words[i]}
            break
        fi
    done

    case $prev in
        --format)
            if [[ $command == audit ]]; then
                COMPREPLY=($(compgen -W "text json sarif junit html pdf prometheus" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "text json" -- "$cur"))
            fi
            return ;;
        --lang)
            COMPREPLY=($(compgen -W "ca es en" -- "$cur"))
            return ;;
        --fail-on)
            COMPREPLY=($(compgen -W "info low medium high critical none" -- "$cur"))
            return ;;
        --only)
            local prefix=""
            [[ $cur == *,* ]] && prefix=${cur%,*},
            COMPREPLY=($(compgen -P "$prefix" -W "$layers" -- "${cur##*,}"))
            compopt -o nospace
            return ;;
        --context)
            COMPREPLY=($(compgen -W "$(docker context ls --format '{{.Name}}' 2>/dev/null)" -- "$cur"))
            return ;;
        --student)
            return ;;
        --snapshot | -o | --output | --compose | --dockerfile | --hosts)
            _filedir
            return ;;
        --output-dir)
            _filedir -d
            return ;;
        --host | -H | --timeout | --trusted-source | --parallel | --since | --endpoint | --limit | --retention | --listen | --interval)
            return ;;
    esac

    local opts
    case $command in
        audit)
            opts="--host --context --snapshot --only --format --output --fail-on --lang --verbose --no-color --timeout --compose --dockerfile --active --no-scan --trusted-source --no-history --hosts --parallel --output-dir --help" ;;
        history)
            opts="--since --endpoint --format --limit --retention --lang --help" ;;
        diff)
            opts="--format --verbose --lang --help" ;;
        exporter)
            opts="--listen --interval --host --context --hosts --parallel --timeout --no-history --lang --help" ;;
        snapshot)
            opts="--host --context --output --lang --timeout --compose --dockerfile --active --no-scan --trusted-source --help" ;;
        checks)
            opts="--format --output --lang --verbose --help" ;;
        lab)
            local action="" j
            for ((j = i + 1; j < cword; j++)); do
                if [[ ${words[j]} != -* ]]; then
                    action=${words[j]}
                    break
                fi
            done
            if [[ -z $action ]]; then
                COMPREPLY=($(compgen -W "list show start check solve reset export" -- "$cur"))
                return
            fi
            if [[ $prev == "$action" && $action =~ ^(show|start|check|solve|reset)$ ]]; then
                COMPREPLY=($(compgen -W "$(escut-cli lab list --format json 2>/dev/null | sed -n 's/^ *"id": "\(.*\)",*$/\1/p')" -- "$cur"))
                return
            fi
            opts="--format --output --host --context --lang --student --help" ;;
        "")
            COMPREPLY=($(compgen -W "$commands --version --help" -- "$cur"))
            return ;;
        *)
            return ;;
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _escut_cli escut-cli
