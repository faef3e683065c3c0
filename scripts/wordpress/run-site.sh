#!/usr/bin/env bash
# One run of the WordPress checks against the WordPress in $1 (a folder like
# /usr/share/wordpress): a copy of it with a private MariaDB and PHP's built-in
# web server, all on 127.0.0.1 in a temp dir removed afterwards. Called by
# scripts/test-wordpress.sh once per WordPress version.
set -euo pipefail
cd "$(dirname "$0")/../.."

WP_SOURCE="${1:?usage: run-site.sh <wordpress folder>}"
ZIP="dist-wordpress/dry-needling-widgets.zip"

WORK="$(mktemp -d /tmp/dnw-wp.XXXXXX)"
DB_PID=""
WEB_PID=""
CHECKS_PID=""
cleanup() {
  set +e # a stopped server's non-zero status must not end the clean-up early
  if [ -n "$CHECKS_PID" ]; then kill "$CHECKS_PID" 2>/dev/null; wait "$CHECKS_PID" 2>/dev/null; fi
  # The web server runs in its own process group: its workers go with it.
  if [ -n "$WEB_PID" ]; then kill -- "-$WEB_PID" 2>/dev/null; wait "$WEB_PID" 2>/dev/null; fi
  if [ -n "$DB_PID" ]; then kill "$DB_PID" 2>/dev/null; wait "$DB_PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A private MariaDB (own data dir and socket, no TCP): no systemd needed, and
# it leaves any system database alone.
mariadb-install-db --no-defaults --user=root --datadir="$WORK/db" --skip-test-db \
  --auth-root-authentication-method=socket >"$WORK/mariadb-install.log" 2>&1 ||
  { cat "$WORK/mariadb-install.log" >&2; exit 1; }
SOCKET="$WORK/mysqld.sock"
mariadbd --no-defaults --user=root --datadir="$WORK/db" --socket="$SOCKET" --skip-networking \
  --pid-file="$WORK/mysqld.pid" --log-error="$WORK/mysqld.log" >>"$WORK/mysqld.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 60); do
  mariadb-admin --socket="$SOCKET" -uroot ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb-admin --socket="$SOCKET" -uroot ping >/dev/null 2>&1 ||
  { echo "test:wordpress: MariaDB did not start:" >&2; cat "$WORK/mysqld.log" >&2; exit 1; }
mariadb --socket="$SOCKET" -uroot -e "CREATE DATABASE wordpress;
  CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
  GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

# A copy of Debian's WordPress with a plain wp-config.php: Debian's own config
# looks for /etc/wordpress/config-<host>.php, which we would rather not write.
PORT="$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo parse_url("tcp://" . stream_socket_get_name($s, false), PHP_URL_PORT);')"
export WP_DIR="$WORK/wordpress" WP_URL="http://127.0.0.1:$PORT" WP_DEBUG_LOG_FILE="$WORK/debug.log"
# -L: Debian links some files (underscore.js, getID3) relative to /usr/share.
cp -RL "$WP_SOURCE" "$WP_DIR"
cat >"$WP_DIR/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';
define( 'WP_HOME', '$WP_URL' );
define( 'WP_SITEURL', '$WP_URL' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$WP_DEBUG_LOG_FILE' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
// Offline: no calls to WordPress.org, no cron loopback.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
$(for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
  echo "define( '$key', '$(head -c 32 /dev/urandom | base64 | tr -d '=+/')' );"
done)
defined( 'ABSPATH' ) || define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
PHP
mkdir -p "$WP_DIR/wp-content/mu-plugins"
cp scripts/wordpress/test-helpers.php "$WP_DIR/wp-content/mu-plugins/"

# Install WordPress, then the plugin from (a copy of) its zip as "Upload
# Plugin" does (it deletes the zip afterwards), then settings and posts.
cp "$ZIP" "$WORK/plugin.zip"
export PLUGIN_ZIP="$WORK/plugin.zip" SITE_JSON="$WORK/site.json" PHP_CLI_LOG="$WORK/php-cli.log"
WP_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '=+/')"
export WP_ADMIN_PASSWORD
for step in install plugin content; do
  php scripts/wordpress/site.php "$step" >>"$PHP_CLI_LOG" 2>&1 || {
    echo "test:wordpress: setting up the site failed ($step):" >&2
    cat "$PHP_CLI_LOG" "$WP_DEBUG_LOG_FILE" >&2 2>/dev/null
    exit 1
  }
done

export PHP_SERVER_LOG="$WORK/php-server.log"
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$PORT" -t "$WP_DIR" >"$PHP_SERVER_LOG" 2>&1 &
WEB_PID=$!
up() { php -r "exit(@file_get_contents('$WP_URL/readme.html') === false ? 1 : 0);"; }
for _ in $(seq 1 50); do
  up && break
  sleep 0.2
done
up || { echo "test:wordpress: the web server did not start:" >&2; cat "$PHP_SERVER_LOG" >&2; exit 1; }

WP_VERSION="$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$WP_DIR/wp-includes/version.php")"
echo "WordPress $WP_VERSION, PHP $(php -r 'echo PHP_VERSION;'), MariaDB $(mariadb --version | grep -o '[0-9][0-9.]*-MariaDB'), at $WP_URL"
# In the background so that a TERM signal stops it at once (bash waits for a
# foreground command before it runs a trap); its exit status is the script's.
node scripts/wordpress/checks.mjs &
CHECKS_PID=$!
wait "$CHECKS_PID"
