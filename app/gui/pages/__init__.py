"""The pages of the guided check, one module each, in the order a person meets them."""
