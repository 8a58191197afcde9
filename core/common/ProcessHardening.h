#pragma once

namespace mizan {

/**
 * @brief Release builds (NDEBUG): no core dump of this process and no ptrace attach by other
 * users' processes (RLIMIT_CORE 0, PR_SET_DUMPABLE 0): a crash must not leave the workspace's
 * keys, passwords or decrypted leads in a core file. Called first thing by mizan and mizan-cli.
 * Returns true when both took effect (always false in debug builds, where a developer wants the
 * core file).
 */
bool disableCoreDumps();

} // namespace mizan
