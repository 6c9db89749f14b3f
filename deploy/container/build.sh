#!/usr/bin/env bash
# Builds Rungs' container image as a tarball, with no Docker daemon and no registry:
#   1. a base image: a minimal Debian root filesystem with a Java 17 runtime (debootstrap),
#      packed as a `docker save`-style tar;
#   2. the image: Jib (`jib:buildTar`, bound to `package` in rungs-app and skipped unless
#      -Djib.skip=false) puts Rungs' jars on that base;
#   3. a check (--check): the image's command runs in a chroot of the unpacked image and must
#      answer GET /health/readiness with 200.
#
#   deploy/container/build.sh [--check]      (as root: debootstrap and chroot need it)
#
# Output: target/container/rungs-image.tar, loadable with `docker load -i` or `podman load -i`.
# The base is kept in target/container/base.tar and reused; delete it to rebuild it.
# MIRROR: the Debian mirror to bootstrap from; by default the one apt on this machine uses.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${RUNGS_CONTAINER_WORK:-$root/target/container}"
suite="${SUITE:-bookworm}"
mkdir -p "$work"

mirror() {
  if [[ -n "${MIRROR:-}" ]]; then echo "$MIRROR"; return; fi
  # The first deb URI apt is configured with (one-line or deb822 sources).
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | awk '/^deb [^-]/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }
           /^URIs:/ { print $2; exit }' | head -1
}

build_base() {
  local rootfs="$work/rootfs"
  echo "Bootstrapping $suite with a Java 17 runtime (a minute or two)..." >&2
  rm -rf "$rootfs" "$work/base"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
    "$suite" "$rootfs" "$(mirror)" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  # Leave out what an image does not need: package caches, documentation, logs.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
    "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/var/log/*
  # A `docker save`-style archive: one layer, a config naming its digest, a manifest.
  mkdir -p "$work/base"
  tar --numeric-owner --xattrs -C "$rootfs" -cf "$work/base/layer.tar" .
  local digest
  digest="sha256:$(sha256sum "$work/base/layer.tar" | cut -d' ' -f1)"
  cat >"$work/base/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$digest"]},
 "history":[{"created_by":"debootstrap --variant=minbase --include=openjdk-17-jre-headless $suite"}]}
JSON
  echo '[{"Config":"config.json","RepoTags":["rungs-base:'"$suite"'"],"Layers":["layer.tar"]}]' \
    >"$work/base/manifest.json"
  tar -C "$work/base" -cf "$work/base.tar.partial" manifest.json config.json layer.tar
  mv "$work/base.tar.partial" "$work/base.tar"
  rm -rf "$work/base" "$rootfs"
}

build_image() {
  echo "Building the image with Jib..." >&2
  (cd "$root" && mvn -q -B -pl rungs-app -am -DskipTests -Dspotless.check.skip=true \
    -Djib.skip=false -Djib.from.image="tar://$work/base.tar" \
    -Djib.outputPaths.tar="$work/rungs-image.tar" package)
  echo "Image: $work/rungs-image.tar" >&2
}

# Unpacks the image's layers into a folder and runs its entrypoint there, as a container would:
# own mount namespace, /proc mounted, the image's working directory and environment.
check_image() {
  local image="$work/image" rootfs="$work/image-root" port="${CHECK_PORT:-18080}"
  rm -rf "$image" "$rootfs" && mkdir -p "$image" "$rootfs"
  tar -C "$image" -xf "$work/rungs-image.tar"
  python3 - "$image" "$rootfs" <<'PY'
import json, sys, tarfile, os
image, rootfs = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(image, "manifest.json")))[0]
for layer in manifest["Layers"]:
    with tarfile.open(os.path.join(image, layer)) as t:
        t.extractall(rootfs, numeric_owner=True)
config = json.load(open(os.path.join(image, manifest["Config"])))["config"]
with open(os.path.join(image, "command"), "w") as f:
    f.write("\0".join(config["Entrypoint"] + (config.get("Cmd") or [])))
with open(os.path.join(image, "env"), "w") as f:
    f.write("\0".join(config.get("Env") or []))
with open(os.path.join(image, "workdir"), "w") as f:
    f.write(config.get("WorkingDir") or "/")
with open(os.path.join(image, "user"), "w") as f:
    f.write(config.get("User") or "0:0")
PY
  mapfile -d '' -t command <"$image/command"
  mapfile -d '' -t environment <"$image/env"
  local user
  user="$(cat "$image/user")"
  echo "Running the image's command in a chroot as $user: ${command[*]}" >&2
  local started=$SECONDS ready=""
  unshare --mount --fork -- sh -c 'mount -t proc proc "$1/proc" && shift && exec "$@"' sh \
    "$rootfs" chroot --userspec="$user" "$rootfs" env -i "${environment[@]}" SERVER_PORT="$port" \
    sh -c 'cd "$0" && exec "$@"' "$(cat "$image/workdir")" "${command[@]}" \
    >"$work/check.log" 2>&1 &
  local pid=$!
  local status=""
  for _ in $(seq 1 180); do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/readiness" || true)"
    [[ "$status" == 200 ]] && { ready=$((SECONDS - started)); break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  curl -s "http://127.0.0.1:$port/health/readiness" >"$work/check-readiness.json" || true
  # unshare waits for its child (the JVM, after the execs) and ignores SIGTERM itself.
  kill "$(pgrep -P "$pid")" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ "$status" != 200 ]]; then
    echo "The image did not become ready (last status: ${status:-none}); its output:" >&2
    tail -40 "$work/check.log" >&2
    exit 1
  fi
  echo "The image's command started as $user and was ready in $ready s:" \
    "$(cat "$work/check-readiness.json")" >&2
  rm -rf "$image" "$rootfs"
}

[[ -f "$work/base.tar" ]] || build_base
build_image
[[ "${1:-}" == "--check" ]] && check_image
exit 0
