export * from "./firecracker-api.ts";
export * from "./firecracker-vm-driver.ts";
