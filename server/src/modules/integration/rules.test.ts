import { describe, expect, it } from 'vitest';
import { entryHash, forwardedRequestHeaders, GENESIS_HASH, matchOperation, operationsOf, parseIdentifier, quantile, returnedResponseHeaders, safeServicePath } from './rules.js';

describe('integration rules', () => {
  it('reads X-Road-like member identifiers', () => {
    expect(parseIdentifier('VN/GOV/000.00.00.H37/MOTCUA')).toEqual({ instance: 'VN', memberClass: 'GOV', memberCode: '000.00.00.H37', subsystem: 'MOTCUA' });
    for (const bad of ['VN/GOV/X', 'vn/GOV/a/b', 'VN/GOV/a/b/c', 'VN/GOV/../b', 'VN/GOV/a b/c']) expect(parseIdentifier(bad)).toBeNull();
  });

  it('reads operations from OpenAPI and matches calls, literal segments first', () => {
    const ops = operationsOf({ openapi: '3.0.3', info: { title: 'x' }, paths: { '/a/{id}': { get: { operationId: 'one' } }, '/a/mine': { get: {} }, '/b': { post: { operationId: 'b' } } } });
    expect(ops.map((o) => o.id)).toEqual(['one', 'GET /a/mine', 'b']);
    expect(matchOperation(ops, 'GET', '/a/42')?.id).toBe('one');
    expect(matchOperation(ops, 'GET', '/a/mine')?.id).toBe('GET /a/mine');
    expect(matchOperation(ops, 'HEAD', '/a/42')?.id).toBe('one');
    expect(matchOperation(ops, 'GET', '/b')).toBeNull();
    expect(matchOperation(ops, 'GET', '/a/1/2')).toBeNull();
    expect(() => operationsOf({ openapi: '3.0.0', info: { title: 'x' }, paths: {} })).toThrow('không có thao tác');
    expect(() => operationsOf({ info: { title: 'x' }, paths: { '/a': { get: {} } } })).toThrow('openapi');
    expect(() => operationsOf({ openapi: '3.0.0', info: { title: 'x' }, paths: { '/a': { get: { operationId: 'x' } }, '/b': { get: { operationId: 'x' } } } })).toThrow('trùng');
  });

  it('keeps paths inside the service', () => {
    expect(safeServicePath('/a/b')).toBe('/a/b');
    expect(safeServicePath('')).toBe('/');
    expect(safeServicePath('/a/../b')).toBeNull();
    expect(safeServicePath('/a/%2e%2e/b')).toBeNull();
    expect(safeServicePath('/a/%2Fb')).toBeNull();
    expect(safeServicePath('/a/%zz')).toBeNull();
  });

  it('drops hop-by-hop headers, those Connection names, and the consumer\'s credentials', () => {
    expect(forwardedRequestHeaders({ connection: 'x-a', 'x-a': '1', 'keep-alive': 't', authorization: 'Bearer x', cookie: 'c', 'x-forwarded-for': '1.2.3.4', accept: 'a', 'x-lgsp-client': 'spoof', 'content-type': 'text/plain' }))
      .toEqual({ accept: 'a', 'content-type': 'text/plain' });
    expect(returnedResponseHeaders([['connection', 'x-b'], ['x-b', '1'], ['transfer-encoding', 'chunked'], ['content-type', 'a'], ['set-cookie', 's'], ['etag', 'e']]))
      .toEqual({ 'content-type': 'a', etag: 'e' });
  });

  it('chains entries: each hash covers the previous one and every field', () => {
    const e = {
      messageId: 'm', consumer: 'c', provider: null, service: 's', operation: null, method: 'GET', path: '/', query: '', status: 200, errorCode: null,
      startedAt: new Date(0), finishedAt: new Date(1), requestHash: 'a', responseHash: 'b', requestSize: 0, responseSize: 1, retention: 'metadata', context: {},
    };
    const h1 = entryHash(GENESIS_HASH, 1, e);
    expect(entryHash(GENESIS_HASH, 1, { ...e })).toBe(h1);
    expect(entryHash(GENESIS_HASH, 1, { ...e, status: 201 })).not.toBe(h1);
    expect(entryHash(GENESIS_HASH, 2, e)).not.toBe(h1);
    expect(entryHash(h1, 1, e)).not.toBe(h1);
  });

  it('computes quantiles by nearest rank', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
  });
});
