export { type AgentOptions, type RunningAgent, startAgent } from "./agent/agent.ts";
export { migrate, type RunningServer, startServer } from "./bootstrap.ts";
export { type ConfigOverrides, loadConfig, type ServerConfig } from "./config.ts";
