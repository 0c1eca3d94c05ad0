'use strict';
// Starts the Tycho debug adapter: `tycho --debug-adapter` on stdin/stdout for launch configurations, and a TCP
// connection to the host's LuaDebugServer for attach configurations.
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(vscode.debug.registerDebugAdapterDescriptorFactory('tycho', {
    createDebugAdapterDescriptor(session) {
      const config = session.configuration;
      if (config.request === 'attach') {
        return new vscode.DebugAdapterServer(config.port || 4711, config.host || '127.0.0.1');
      }
      const command = config.tychoPath || vscode.workspace.getConfiguration('tycho').get('path') || 'tycho';
      return new vscode.DebugAdapterExecutable(command, ['--debug-adapter']);
    },
  }));
  // F5 on a Lua file without a launch.json: debug that file.
  context.subscriptions.push(vscode.debug.registerDebugConfigurationProvider('tycho', {
    resolveDebugConfiguration(folder, config) {
      if (!config.type && !config.request && !config.name) {
        const editor = vscode.window.activeTextEditor;
        if (editor && editor.document.languageId === 'lua') {
          return { type: 'tycho', request: 'launch', name: 'Debug Lua script', program: '${file}', cwd: '${workspaceFolder}' };
        }
      }
      if (config.request === 'launch' && !config.program) {
        return vscode.window.showErrorMessage('Set "program" to the Lua script to debug.').then(() => undefined);
      }
      return config;
    },
  }));
}

function deactivate() {}

module.exports = { activate, deactivate };
