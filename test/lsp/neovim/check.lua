-- Drives the vnlint language server from Neovim's built-in LSP client (headless), as the README's
-- "Other editors" section sets it up, and writes what Neovim received as JSON to $VNLINT_OUT.
-- Run by test/lsp/neovim.test.ts. Works with Neovim 0.7+ (vim.lsp.start_client; vim.lsp.start is 0.8+).
local root = os.getenv('VNLINT_ROOT')
local out_file = os.getenv('VNLINT_OUT')
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('VNLINT_NOTICE')))
vim.bo.filetype = 'vacancy-notice'

local client_id = vim.lsp.start_client({
  name = 'vnlint',
  cmd = { root .. '/bin/vnlint-language-server.js', '--stdio' },
  root_dir = root,
  init_options = { settings = { rules = { ['missing-section'] = 'warn' } } },
})
vim.lsp.buf_attach_client(0, client_id)

local result = { diagnostics = {}, symbols = {}, hover = '', actions = {}, folds = 0, completion = {} }
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, { lnum = d.lnum, severity = d.severity, source = d.source, message = d.message, code = lsp.code or d.code })
end

local client = vim.lsp.get_client_by_id(client_id)
local doc = { uri = vim.uri_from_bufnr(0) }
local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = doc }, 5000, 0)
for _, s in ipairs(symbols and symbols.result or {}) do
  local children = {}
  for _, c in ipairs(s.children or {}) do table.insert(children, c.name) end
  table.insert(result.symbols, { name = s.name, children = children })
end

local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
local education = 0
for i, line in ipairs(lines) do if line == 'Education' then education = i - 1 end end
local hover = client.request_sync('textDocument/hover', { textDocument = doc, position = { line = education, character = 2 } }, 5000, 0)
result.hover = hover and hover.result and hover.result.contents.value or ''

-- code actions at the missing-section finding, with the diagnostics as Neovim hands them to the server
local lnum = 0
for _, d in ipairs(result.diagnostics) do if d.code == 'missing-section' then lnum = d.lnum end end
local context = {}
if vim.lsp.diagnostic.get_line_diagnostics then
  context = vim.lsp.diagnostic.get_line_diagnostics(0, lnum)
else
  for _, d in ipairs(vim.diagnostic.get(0, { lnum = lnum })) do table.insert(context, d.user_data.lsp) end
end
local actions = client.request_sync('textDocument/codeAction', {
  textDocument = doc,
  range = { start = { line = lnum, character = 0 }, ['end'] = { line = lnum, character = 0 } },
  context = { diagnostics = context },
}, 5000, 0)
for _, a in ipairs(actions and actions.result or {}) do table.insert(result.actions, a.title) end

local folds = client.request_sync('textDocument/foldingRange', { textDocument = doc }, 5000, 0)
result.folds = #(folds and folds.result or {})

local items = client.request_sync('textDocument/completion', { textDocument = doc, position = { line = 0, character = 0 } }, 5000, 0)
for _, item in ipairs(items and items.result or {}) do table.insert(result.completion, item.label) end

local f = io.open(out_file, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
