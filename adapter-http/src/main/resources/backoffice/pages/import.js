import {h, fill, link, table} from '../dom.js';
import {call, accountPath} from '../api.js';

export const nav = {href: '#/import', label: 'Import'};
export const routes = [[/^#\/import$/, render]];

const COLUMNS = ['device_serial_number', 'device_model', 'store_id', 'label'];
/** Requests in flight at once: enough to keep the server busy, few enough to leave it room for others. */
const PARALLEL = 4;

function render(main) {
  const file = h('input', {type: 'file', id: 'import-file', accept: '.csv,text/csv'});
  const text = h('textarea', {id: 'import-text', rows: 8, 'aria-describedby': 'import-hint'});
  const progress = h('progress', {id: 'import-progress', max: 1, value: 0, 'aria-label': 'Rows registered'});
  const counter = h('p', {id: 'import-counter', 'aria-live': 'polite'});
  const report = h('div', {id: 'import-report'});
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const start = h('button', {type: 'submit'}, 'Import');
  file.addEventListener('change', async () => { text.value = await file.files[0].text(); });
  const form = h('form', {class: 'form'},
    h('div', {class: 'field'}, h('label', {for: 'import-file'}, 'CSV file'), file),
    h('div', {class: 'field'}, h('label', {for: 'import-text'}, 'or the CSV itself'), text,
      h('p', {id: 'import-hint', class: 'hint'}, 'A header row, then one terminal a row: ',
        h('code', {}, COLUMNS.slice(0, 3).join(',') + '[,label]'), '. The store is its id or server id.')),
    problem,
    h('div', {class: 'actions'}, start));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    let rows;
    try {
      rows = parse(text.value);
    } catch (failure) {
      fill(problem, h('p', {}, h('strong', {class: 'code'}, 'INVALID_CSV'), ': ', failure.message));
      problem.hidden = false;
      return;
    }
    problem.hidden = true;
    start.disabled = true;
    await run(rows, progress, counter, report);
    start.disabled = false;
  });
  fill(main, h('h1', {}, 'Import terminals'), form, progress, counter, report);
}

/** Rows of the CSV as request bodies, each with its line number; a header row names the columns. */
export function parse(csv) {
  const lines = csv.split(/\r?\n/).map((line, i) => ({line: i + 1, cells: cells(line)})).filter(l => l.cells.some(c => c));
  if (!lines.length) throw new Error('the CSV is empty');
  const header = lines[0].cells.map(c => c.trim());
  const missing = COLUMNS.slice(0, 3).filter(column => !header.includes(column));
  if (missing.length) throw new Error('the header row lacks ' + missing.join(', '));
  const unknown = header.filter(column => !COLUMNS.includes(column));
  if (unknown.length) throw new Error('the header row has unknown columns: ' + unknown.join(', '));
  return lines.slice(1).map(({line, cells}) => {
    const body = {};
    header.forEach((column, i) => { if ((cells[i] || '').trim()) body[column] = cells[i].trim(); });
    return {line, body};
  });
}

/** One CSV line's cells; a cell in double quotes may hold commas and "" for a quote. */
function cells(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cell); cell = ''; }
    else cell += c;
  }
  out.push(cell);
  return out;
}

async function run(rows, progress, counter, report) {
  const results = new Array(rows.length);
  // one key per row of this import: should the same import be sent again (a retried request), a row registers once
  const batch = Date.now().toString(36);
  let done = 0;
  let next = 0;
  progress.max = Math.max(rows.length, 1);
  progress.value = 0;
  fill(report);
  async function worker() {
    while (next < rows.length) {
      const index = next++;
      const row = rows[index];
      try {
        const created = await call('POST', accountPath('/terminals'), row.body, {'Idempotency-Key': `import-${batch}-${row.line}`});
        results[index] = {row, terminal: created.body.terminal_id};
      } catch (error) {
        results[index] = {row, error};
      }
      done++;
      progress.value = done;
      fill(counter, `${done} of ${rows.length} rows done`);
    }
  }
  await Promise.all(Array.from({length: PARALLEL}, worker));
  const failed = results.filter(r => r.error).length;
  fill(counter, `${rows.length} rows: ${rows.length - failed} registered, ${failed} refused.`);
  fill(report, table('Import report, row by row', ['Line', 'Serial number', 'Result'], results.map(r => [
    String(r.row.line), r.row.body.device_serial_number || '',
    r.error ? h('span', {class: 'row-refused'}, h('strong', {class: 'code'}, r.error.code), ': ', r.error.message,
      r.error.errors?.length ? ' (' + r.error.errors.map(e => `${e.field}: ${e.message}`).join('; ') + ')' : '')
      : h('span', {class: 'row-ok'}, 'registered as ', link('#/terminals/' + encodeURIComponent(r.terminal), r.terminal)),
  ])));
}
