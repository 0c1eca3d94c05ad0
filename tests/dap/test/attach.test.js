'use strict';
// A host exposes its running state with LuaDebugServer (`tycho --debug-server 0 script.lua` does), and a DAP client
// attaches to it over TCP, stops it at a breakpoint, changes it, and detaches while it runs on.
const assert = require('assert');
const { spawn } = require('child_process');
const { DebugClient } = require('@vscode/debugadapter-testsupport');
const { fixture, tychoCommand, topFrame, FIXTURES } = require('./support');

/** Starts the host and resolves with its process and the port it announced on stderr. */
function startHost(script) {
  return new Promise((resolve, reject) => {
    const host = spawn(`${tychoCommand()} --debug-server 0 "${fixture(script)}"`, { shell: true, cwd: FIXTURES });
    host.stdoutText = '';
    host.stdout.on('data', (d) => { host.stdoutText += d; });
    let stderr = '';
    host.stderr.on('data', (d) => {
      stderr += d;
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(stderr);
      if (match) resolve({ host, port: Number(match[1]) });
    });
    host.on('exit', (code) => reject(new Error(`host exited (${code}) before listening: ${stderr}`)));
    host.on('error', reject);
  });
}

describe('tycho debug server (attach)', function () {
  it('attaches to a running host, stops it at a breakpoint and detaches', async function () {
    const { host, port } = await startHost('host_loop.lua');
    const exited = new Promise((resolve) => host.on('exit', resolve));
    const client = new DebugClient('node', '', 'tycho');
    await client.start(port);
    try {
      const initialized = client.waitForEvent('initialized', 20000);
      await client.initializeRequest({ adapterID: 'tycho', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
      await initialized;
      await client.attachRequest({});
      const bp = await client.setBreakpointsRequest({ source: { path: fixture('host_loop.lua') }, breakpoints: [{ line: 4 }] });
      assert.strictEqual(bp.body.breakpoints[0].verified, true);
      const stopped = client.waitForEvent('stopped', 20000);
      await client.configurationDoneRequest();
      const event = await stopped;
      assert.strictEqual(event.body.reason, 'breakpoint');
      const frame = await topFrame(client, event.body.threadId);
      assert.strictEqual(frame.line, 4);
      assert.match(frame.name, /update/);
      const tick = await client.evaluateRequest({ expression: 'tick', frameId: frame.id });
      assert.ok(Number(tick.body.result) >= 1);
      // A statement in the Debug Console sets a global the host's loop reads.
      await client.evaluateRequest({ expression: 'done = true', frameId: frame.id, context: 'repl' });
      await client.setBreakpointsRequest({ source: { path: fixture('host_loop.lua') }, breakpoints: [] });
      // Detaching (disconnect) resumes the stopped host, which then finishes its loop.
    } finally {
      await client.stop();
    }
    const code = await exited;
    assert.strictEqual(code, 0);
    assert.strictEqual(host.stdoutText, 'host finished\ttrue\n');
  });
});
