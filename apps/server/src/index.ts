export { migrate, type RunningServer, startServer } from "./bootstrap.ts";
export { type ConfigOverrides, loadConfig, type ServerConfig } from "./config.ts";
