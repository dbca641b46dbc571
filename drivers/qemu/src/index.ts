export * from "./qemu-vm-driver.ts";
export * from "./qmp-client.ts";
