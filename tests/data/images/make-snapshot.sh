#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/data/snapshots/images-real.json: real inspect data, history and file probes of images made here
# on a real dockerd (labelled escut.test.images=fixture, removed afterwards). The unit tests of the image.* checks
# start from these facts. Usage: tests/data/images/make-snapshot.sh [path/to/escut-cli]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cli=${1:-$here/build/dev/app/escut-cli}
label=escut.test.images=fixture
work=$(mktemp -d)
cleanup() {
    docker ps -aq --filter label=$label | xargs -r docker rm -f >/dev/null
    for _ in 1 2 3; do # children first: an image with a child cannot be removed yet
        docker images -q --filter label=$label | sort -u | xargs -r docker rmi -f >/dev/null 2>&1 || true
    done
    [ -f "$work/http.pid" ] && kill "$(cat "$work/http.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# One static binary and nothing else: the distroless end of the scale.
printf '#include <stdio.h>\nint main(void){puts("escut");return 0;}\n' > "$work/app.c"
gcc -static -O2 -o "$work/app" "$work/app.c"
mkdir -p "$work/static"
cp "$work/app" "$work/static/app"
tar -C "$work/static" -c . | docker import --change "LABEL $label" --change 'USER 65534:65534' \
    --change 'ENTRYPOINT ["/app"]' - escut-fix/static:1 >/dev/null
printf 'FROM escut-fix/static:1\nHEALTHCHECK CMD ["/app"]\n' |
    DOCKER_BUILDKIT=0 docker build -q --label $label -t escut-fix/static:2 - >/dev/null

# A toolchain image: merged /usr, a shell behind a relative link, a dangling link, a package manager, compilers.
t=$work/toolchain
mkdir -p "$t/usr/bin" "$t/usr/sbin" "$t/usr/local/go/bin"
ln -s usr/bin "$t/bin"
ln -s usr/sbin "$t/sbin"
cp "$work/app" "$t/usr/bin/dash"
ln -s dash "$t/usr/bin/sh"
ln -s /nonexistent/bash "$t/usr/bin/bash"
cp "$work/app" "$t/usr/sbin/apk"
cp "$work/app" "$t/usr/bin/gcc-12"
ln -s gcc-12 "$t/usr/bin/gcc"
cp "$work/app" "$t/usr/local/go/bin/go"
tar -C "$t" -c . | docker import --change "LABEL $label" - escut-fix/toolchain:1 >/dev/null

# The classic builder from busybox: ADD of a URL (served from this host), a secret in ENV, root, tagged latest.
mkdir -p "$work/ctx/www"
echo payload > "$work/ctx/www/payload.txt"
echo local > "$work/ctx/local.txt"
port=18000
(cd "$work/ctx/www" && exec python3 -m http.server $port --bind 127.0.0.1 >/dev/null 2>&1) &
echo $! > "$work/http.pid"
sleep 1
cat > "$work/ctx/Dockerfile" <<DOCKERFILE
FROM local/busybox:1
ADD http://127.0.0.1:$port/payload.txt /payload.txt
ADD local.txt /local.txt
ENV API_TOKEN=not-a-real-token DB_PASSWORD_FILE=/run/secrets/db APP_MODE=demo
RUN echo built > /built
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q --network host --label $label -t escut-fix/weak:latest "$work/ctx" >/dev/null
kill "$(cat "$work/http.pid")"; rm -f "$work/http.pid"

# docker commit of a container's changes.
docker run --name escut-fix-commit --label $label local/busybox:1 sh -c 'echo changed > /changed' >/dev/null
docker commit -m "hotfix by hand" -c "LABEL $label" escut-fix-commit escut-fix/committed:1 >/dev/null
docker rm escut-fix-commit >/dev/null

# Containers that use the images by a floating name, by tag and by id.
docker create --name escut-fix-floating --label $label escut-fix/weak >/dev/null
docker create --name escut-fix-tagged --label $label escut-fix/static:2 >/dev/null
docker create --name escut-fix-by-id --label $label "$(docker images -q escut-fix/toolchain:1)" sh >/dev/null

XDG_CACHE_HOME=$work/cache "$cli" snapshot --no-scan -o "$work/snapshot.json" 2>/dev/null
jq -S --indent 2 --arg key "${label%%=*}" '
    (.images | map(select((.inspect.Config.Labels // {}) | has($key))) | map(.inspect.Id)) as $ids
    | .images |= map(select(.inspect.Id as $i | $ids | index($i)))
    | .containers |= map(select((.Config.Labels // {}) | has($key)))
    | .imageAnalysis.probes |= map(select(.imageId as $i | $ids | index($i)))
    | .imageAnalysis.trust |= map(select(.imageId as $i | $ids | index($i)))
    | .imageAnalysis.scans |= map(select(.imageId as $i | $ids | index($i)))
    | .composeFiles = [] | .issues = []' "$work/snapshot.json" > "$here/tests/data/snapshots/images-real.json"
echo "tests/data/snapshots/images-real.json updated"
