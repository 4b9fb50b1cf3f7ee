// Organization.former: true for a body that no longer exists under this name; absent means false.
coalesce(this.former, false)
