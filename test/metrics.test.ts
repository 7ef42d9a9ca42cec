import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { register as globalRegistry } from 'prom-client';
import { BoundedLabel, createMetrics } from '../src/observability/metrics';

/** One sample's value; `name` may be a histogram's `_count` or `_bucket` series. */
async function valueOf(metrics: ReturnType<typeof createMetrics>, name: string, labels: Record<string, string> = {}) {
  const family = name.replace(/_(count|sum|bucket)$/, '');
  const metric = await (metrics.registry.getSingleMetric(name) ?? metrics.registry.getSingleMetric(family))?.get();
  const sample = metric?.values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? name) === name &&
      Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l),
  );
  return sample?.value;
}

describe('createMetrics', () => {
  test('counts turns by channel, intents, escalations and errors', async () => {
    const metrics = createMetrics({ collectDefaultMetrics: false });
    metrics.recordTurn('msteams', 0.02);
    metrics.recordTurn('msteams', 0.03);
    metrics.recordTurn('webchat', 0.5);
    metrics.recordIntent('ice_or_heat');
    metrics.recordEscalation('emergency');
    metrics.recordError('storage_unavailable');

    expect(await valueOf(metrics, 'turns_total', { channel: 'msteams' })).toBe(2);
    expect(await valueOf(metrics, 'turns_total', { channel: 'webchat' })).toBe(1);
    expect(await valueOf(metrics, 'intents_total', { intent: 'ice_or_heat' })).toBe(1);
    expect(await valueOf(metrics, 'escalations_total', { level: 'emergency' })).toBe(1);
    expect(await valueOf(metrics, 'errors_total', { kind: 'storage_unavailable' })).toBe(1);
    expect(await valueOf(metrics, 'turn_duration_seconds_count')).toBe(3);
    expect(await valueOf(metrics, 'turn_duration_seconds_bucket', { le: '0.025' })).toBe(1);
  });

  test('startTurn records once, however often it is ended', async () => {
    const metrics = createMetrics({ collectDefaultMetrics: false });
    const end = metrics.startTurn('emulator');
    end();
    end();
    expect(await valueOf(metrics, 'turns_total', { channel: 'emulator' })).toBe(1);
    expect(await valueOf(metrics, 'turn_duration_seconds_count')).toBe(1);
  });

  test('uses its own registry, never the global one; two instances coexist', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.recordTurn('test', 0.1);
    expect(await valueOf(b, 'turns_total', { channel: 'test' })).toBeUndefined();
    expect(globalRegistry.getSingleMetric('turns_total')).toBeUndefined();
  });

  test('includes default process metrics, with the prefix', async () => {
    const metrics = createMetrics({ prefix: 'backrelief_' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('backrelief_process_cpu_user_seconds_total');
    expect(text).toContain('backrelief_nodejs_heap_size_used_bytes');
    expect(text).toContain('backrelief_turns_total');
  });

  test('label values are bounded: past the limit new values read "other"', async () => {
    const metrics = createMetrics({ collectDefaultMetrics: false, maxLabelValues: 2 });
    metrics.recordTurn('msteams', 0);
    metrics.recordTurn('webchat', 0);
    metrics.recordTurn('attacker-1', 0);
    metrics.recordTurn('attacker-2', 0);
    metrics.recordTurn('msteams', 0);
    expect(await valueOf(metrics, 'turns_total', { channel: 'msteams' })).toBe(2);
    expect(await valueOf(metrics, 'turns_total', { channel: 'other' })).toBe(2);
  });

  describe('GET /metrics handler', () => {
    let server: Server;
    let base: string;
    const metrics = createMetrics({ defaultLabels: { instance: 'test-1' } });

    beforeAll(async () => {
      const app = express();
      app.get('/metrics', metrics.handler);
      server = app.listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    test('serves the Prometheus text format', async () => {
      metrics.recordIntent('stretches');
      const res = await fetch(`${base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const body = await res.text();
      expect(body).toContain('# TYPE intents_total counter');
      expect(body).toContain('intents_total{intent="stretches",instance="test-1"} 1');
      expect(body).toContain('# TYPE turn_duration_seconds histogram');
      expect(body).toContain('process_resident_memory_bytes');
    });
  });
});

describe('BoundedLabel', () => {
  test('normalises values', () => {
    const label = new BoundedLabel(10);
    expect(label.value('MSTeams')).toBe('msteams');
    expect(label.value('a b/c{"}')).toBe('a_b_c_');
    expect(label.value('')).toBe('unknown');
    expect(label.value('x'.repeat(200))).toHaveLength(64);
  });
});
