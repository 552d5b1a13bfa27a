"""Everything that talks ADB: transports, keys, the allow-listed commands, the simulated phone. No Qt."""
