"""Pure logic: policy, inventory parsing, scope, assessment. No Qt, no phone I/O."""
