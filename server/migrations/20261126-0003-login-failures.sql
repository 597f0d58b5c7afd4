-- Failed sign-ins per client address and account name, shared by every node (login throttling).
CREATE TABLE login_failures (
  key           text PRIMARY KEY,
  failures      int NOT NULL,
  window_start  timestamptz NOT NULL
);
