"""One pure parser per phone artifact, each tested on captured output (tests/fixtures)."""
