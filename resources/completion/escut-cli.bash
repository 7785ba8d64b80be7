# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for escut-cli.
# It uses only bash's own compgen, compopt and COMPREPLY, not the bash-completion package's helpers: installed, the
# package loads it by itself; without the package, `source` this file from ~/.bashrc.
# A new command goes into `commands` and gets a branch in the case below with every option of
# `escut-cli COMMAND --help` (tests/package/check_cli_docs.py checks both).

# COMPREPLY: the words of $1 that start with $cur (after --option=, with that prefix when bash did not split it).
_escut_cli_words()
{
    mapfile -t COMPREPLY < <(compgen -P "$eq" -W "$1" -- "$cur")
}

_escut_cli_files()
{
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -P "$eq" -f -- "$cur")
}

_escut_cli_dirs()
{
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -P "$eq" -d -- "$cur")
}

# Comma-separated values: complete the part after the last comma.
_escut_cli_list()
{
    local done=""
    [[ $cur == *,* ]] && done=${cur%,*},
    compopt -o nospace 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -P "$eq$done" -W "$1" -- "${cur##*,}")
}

# The ids of the labs, the fixes or the journal's transactions, from escut-cli's JSON: the top-level "id" keys are
# the ones 8 spaces deep.
_escut_cli_ids()
{
    local json
    case $1 in
        labs) json=$("$cli" lab list --format json 2>/dev/null) ;;
        fixes) json=$("$cli" fix list --format json 2>/dev/null) ;;
        transactions) json=$("$cli" fix journal --format json 2>/dev/null) ;;
    esac
    _escut_cli_words "$(sed -n 's/^        "id": "\(.*\)",*$/\1/p' <<<"$json")"
}

_escut_cli_contexts()
{
    _escut_cli_words "$(docker context ls --format '{{.Name}}' 2>/dev/null)"
}

# args: the words after the command that are neither options nor option values ($1: the options taking a value).
_escut_cli_args()
{
    args=()
    local i w
    for ((i = 2; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if [[ $w == -* ]]; then
            if [[ ${COMP_WORDS[i + 1]} == = ]]; then
                ((i += 2))
            elif [[ $w != *=* && " $1 " == *" $w "* ]]; then
                ((i++))
            fi
            continue
        fi
        args+=("$w")
    done
}

_escut_cli()
{
    local cli=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} eq=""
    local commands="audit snapshot checks cis compose history diff exporter fix lab"
    local command=${COMP_WORDS[1]} opts valued
    local -a args
    COMPREPLY=()
    # --option=value: bash splits it at '=' (COMP_WORDBREAKS) into --option, = and value.
    if [[ $cur == = ]]; then
        cur=""
    elif [[ $prev == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*} eq=${cur%%=*}= cur=${cur#*=}
    fi

    if ((COMP_CWORD == 1)); then
        _escut_cli_words "$commands -h --help --version"
        return
    fi

    case $command in
        audit)
            opts="-h --help -H --host --context --snapshot --only --format -o --output --fail-on --lang --verbose
                --no-color --timeout --compose --dockerfile --active --no-scan --scan-timeout --trusted-source
                --no-history --hosts --parallel --output-dir --benchmark --include --exclude"
            case $prev in
                --format) _escut_cli_words "text json sarif junit html pdf prometheus dbs-json" && return ;;
                --benchmark) _escut_cli_words "cis-1.6.0" && return ;;
                --include | --exclude) _escut_cli_list "1 1.1 1.2 2 3 4 5 6 7" && return ;;
                --only) _escut_cli_list "host daemon supply-chain minimal-image runtime container secrets encryption
                    monitoring compose" && return ;;
                --fail-on) _escut_cli_words "info low medium high critical none" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                --context) _escut_cli_contexts && return ;;
                --snapshot | -o | --output | --compose | --dockerfile | --hosts) _escut_cli_files && return ;;
                --output-dir) _escut_cli_dirs && return ;;
                -H | --host | --timeout | --scan-timeout | --trusted-source | --parallel) return ;;
            esac ;;
        snapshot)
            opts="-h --help -H --host --context -o --output --lang --timeout --no-scan --scan-timeout
                --trusted-source --compose --dockerfile --active"
            case $prev in
                --lang) _escut_cli_words "ca es en" && return ;;
                --context) _escut_cli_contexts && return ;;
                -o | --output | --compose | --dockerfile) _escut_cli_files && return ;;
                -H | --host | --timeout | --scan-timeout | --trusted-source) return ;;
            esac ;;
        checks)
            opts="-h --help --format -o --output --lang --verbose"
            case $prev in
                --format) _escut_cli_words "text json" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                -o | --output) _escut_cli_files && return ;;
            esac ;;
        cis)
            opts="-h --help --format -o --output --lang"
            case $prev in
                --format) _escut_cli_words "text json" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                -o | --output) _escut_cli_files && return ;;
            esac ;;
        compose)
            opts="-h --help -o --output --yes --lang --override --bind-loopback --move-secrets --runsc --cap-add"
            valued="-o --output --lang --cap-add"
            case $prev in
                --lang) _escut_cli_words "ca es en" && return ;;
                -o | --output) _escut_cli_files && return ;;
                --cap-add) return ;;
            esac
            _escut_cli_args "$valued"
            if [[ $cur != -* ]]; then
                case ${#args[@]} in
                    0) _escut_cli_words "harden" && return ;;
                    1) _escut_cli_files && return ;;
                esac
            fi ;;
        history)
            opts="-h --help --since --endpoint --format --limit --retention --lang"
            case $prev in
                --format) _escut_cli_words "text json" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                --since) _escut_cli_words "1d 7d 30d 12h" && return ;;
                --endpoint | --limit | --retention) return ;;
            esac ;;
        diff)
            opts="-h --help --format --verbose --lang"
            case $prev in
                --format) _escut_cli_words "text json" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
            esac ;;
        exporter)
            opts="-h --help --listen --interval -H --host --context --hosts --parallel --timeout --no-history --lang"
            case $prev in
                --interval) _escut_cli_words "30s 5m 1h" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                --context) _escut_cli_contexts && return ;;
                --hosts) _escut_cli_files && return ;;
                --listen | -H | --host | --parallel | --timeout) return ;;
            esac ;;
        fix)
            # The fix inputs (--with-userns-remap ... --stop-timeout) are those of `escut-cli fix --help`.
            opts="-h --help --root --yes --force --format --expect-state --plan-out --plan -o --output -H --host
                --context --lang --with-userns-remap --shell-file --compose --override --bind-loopback --move-secrets
                --runsc --cap-add --dir --secret-name --service --dockerfile --container --stop-timeout"
            valued="--root --format --expect-state --plan-out --plan -o --output -H --host --context --lang
                --shell-file --compose --cap-add --dir --secret-name --service --dockerfile --container --stop-timeout"
            case $prev in
                --format) _escut_cli_words "text json" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                --context) _escut_cli_contexts && return ;;
                --container)
                    _escut_cli_words "$(docker ps -a --format '{{.Names}}' 2>/dev/null)" && return ;;
                --plan | --plan-out | -o | --output | --shell-file | --compose | --dockerfile)
                    _escut_cli_files && return ;;
                --root | --dir) _escut_cli_dirs && return ;;
                --expect-state | -H | --host | --cap-add | --secret-name | --service | --stop-timeout) return ;;
            esac
            _escut_cli_args "$valued"
            if [[ $cur != -* ]]; then
                case ${#args[@]} in
                    0) _escut_cli_words "list preview apply rollback journal restart-daemon reload-daemon" && return ;;
                    1)
                        case ${args[0]} in
                            preview | apply) _escut_cli_ids fixes && return ;;
                            rollback) _escut_cli_ids transactions && return ;;
                        esac ;;
                esac
            fi ;;
        lab)
            opts="-h --help --format -H --host --context --lang -o --output --student"
            valued="--format -H --host --context --lang -o --output --student"
            case $prev in
                --format) _escut_cli_words "text json html" && return ;;
                --lang) _escut_cli_words "ca es en" && return ;;
                --context) _escut_cli_contexts && return ;;
                -o | --output) _escut_cli_files && return ;;
                -H | --host | --student) return ;;
            esac
            _escut_cli_args "$valued"
            if [[ $cur != -* ]]; then
                case ${#args[@]} in
                    0) _escut_cli_words "list show start check solve reset export" && return ;;
                    1)
                        case ${args[0]} in
                            show | start | check | solve | reset) _escut_cli_ids labs && return ;;
                        esac ;;
                esac
            fi ;;
        *)
            return ;;
    esac
    _escut_cli_words "$opts"
}

complete -F _escut_cli escut-cli
