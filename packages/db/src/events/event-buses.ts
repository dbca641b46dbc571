import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { BusEvent, EventBus } from "@shipyard/core";
import pg from "pg";

type Publishable = Parameters<EventBus["publish"]>[0];

const complete = (e: Publishable): BusEvent => ({ ...e, id: e.id ?? randomUUID(), at: e.at ?? new Date().toISOString() });

/** Event bus for a single process (embedded mode). */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  async publish(e: Publishable): Promise<void> {
    this.emitter.emit("event", complete(e));
  }
  subscribe(handler: (event: BusEvent) => void): () => void {
    this.emitter.on("event", handler);
    return () => this.emitter.off("event", handler);
  }
  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = "shipyard_events";
/** NOTIFY payloads are limited to 8000 bytes; larger events travel without their data. */
const MAX_PAYLOAD = 7_500;

/** Event bus across replicas through PostgreSQL LISTEN/NOTIFY on a dedicated connection. */
export class PgNotifyEventBus implements EventBus {
  private readonly local = new InProcessEventBus();
  private readonly pool: pg.Pool;
  private client: pg.Client | undefined;
  private closed = false;
  private readonly url: string;
  private readonly onError: (e: Error) => void;

  private constructor(url: string, pool: pg.Pool, onError: (e: Error) => void) {
    this.url = url;
    this.pool = pool;
    this.onError = onError;
  }

  static async start(url: string, pool: pg.Pool, onError: (e: Error) => void = () => undefined) {
    const bus = new PgNotifyEventBus(url, pool, onError);
    await bus.connect();
    return bus;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on("notification", (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        void this.local.publish(JSON.parse(msg.payload) as BusEvent);
      } catch (e) {
        this.onError(e as Error);
      }
    });
    client.on("error", (e) => {
      this.onError(e);
      this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private reconnect() {
    if (this.closed) return;
    this.client = undefined;
    setTimeout(() => {
      if (!this.closed) this.connect().catch(() => this.reconnect());
    }, 1_000).unref();
  }

  async publish(e: Publishable): Promise<void> {
    const event = complete(e);
    let payload = JSON.stringify(event);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ ...event, data: { truncated: true } });
    await this.pool.query("select pg_notify($1, $2)", [CHANNEL, payload]);
  }

  subscribe(handler: (event: BusEvent) => void): () => void {
    return this.local.subscribe(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.local.close();
    await this.client?.end().catch(() => undefined);
  }
}
