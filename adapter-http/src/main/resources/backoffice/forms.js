// Forms whose field names are the API's own paths (store_name, payout_destination.payout_destination_id,
// bank_accounts[0].bank_account_number), so the API's field errors land next to the fields they name.
import {h, fill} from './dom.js';
import {ApiError} from './api.js';

let counter = 0;

/**
 * A form of `fields` ({name, label, type, options, required, hint, value}); on submit, the filled fields as the
 * API's JSON go to `onSubmit`, and a refusal it throws is shown: code and message above, field errors at the fields.
 */
export function form({fields, submitLabel, onSubmit, className}) {
  const id = 'f' + (++counter);
  const status = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const inputs = new Map();
  const element = h('form', {class: className || 'form', novalidate: true},
    status,
    fields.map(field => {
      const control = input(id, field);
      inputs.set(field.name, control);
      return control.wrapper;
    }),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, submitLabel)));
  element.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(status, inputs);
    const button = element.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await onSubmit(collect(fields, inputs));
    } catch (failure) {
      showRefusal(status, failure, inputs);
    } finally {
      button.disabled = false;
    }
  });
  return element;
}

function input(formId, field) {
  const id = `${formId}-${field.name.replace(/[^a-z0-9]/gi, '-')}`;
  const error = h('p', {id: id + '-error', class: 'field-error', hidden: true});
  const hint = field.hint ? h('p', {id: id + '-hint', class: 'hint'}, field.hint) : null;
  const described = [hint ? id + '-hint' : null, id + '-error'].filter(Boolean).join(' ');
  let control;
  if (field.type === 'select') {
    control = h('select', {id, name: field.name, 'aria-describedby': described, required: field.required},
      field.options.map(option => h('option', {value: option, selected: option === field.value}, option || '—')));
  } else if (field.type === 'textarea') {
    control = h('textarea', {id, name: field.name, rows: field.rows || 6, 'aria-describedby': described}, field.value || '');
  } else {
    control = h('input', {id, name: field.name, type: field.type || 'text', value: field.value ?? '',
      required: field.required, 'aria-describedby': described, autocomplete: field.autocomplete || 'off'});
  }
  const label = h('label', {for: id}, field.label, field.required ? h('span', {class: 'required', 'aria-hidden': 'true'}, ' *') : null);
  return {wrapper: h('div', {class: 'field'}, label, control, hint, error), control, error};
}

/** The filled fields as nested JSON; an empty field is left out, as the API reads it. */
function collect(fields, inputs) {
  const body = {};
  for (const field of fields) {
    const raw = inputs.get(field.name).control.value.trim();
    if (raw === '' && !field.keepEmpty) continue;
    const value = field.type === 'number' ? Number(raw) : raw;
    set(body, field.name, value);
  }
  return body;
}

function set(target, path, value) {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = target;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]);
    if (last) node[part] = value;
    else node = node[part] ??= nextIsIndex ? [] : {};
  });
}

function clearErrors(status, inputs) {
  status.hidden = true;
  fill(status);
  for (const {control, error} of inputs.values()) {
    control.removeAttribute('aria-invalid');
    error.hidden = true;
    fill(error);
  }
}

function showRefusal(status, failure, inputs) {
  const error = failure instanceof ApiError ? failure : new ApiError(0, {code: 'ERROR', message: String(failure.message || failure)});
  const elsewhere = [];
  for (const fieldError of error.errors) {
    const target = inputs.get(fieldError.field);
    if (target) {
      target.control.setAttribute('aria-invalid', 'true');
      fill(target.error, fieldError.message);
      target.error.hidden = false;
    } else {
      elsewhere.push(fieldError);
    }
  }
  fill(status, refusalText(error), elsewhere.length
    ? h('ul', {}, elsewhere.map(e => h('li', {}, h('code', {}, e.field), ': ', e.message))) : null);
  status.hidden = false;
  const first = [...inputs.values()].find(i => i.control.getAttribute('aria-invalid'));
  (first ? first.control : status).focus?.();
}

/** "CODE: message", for a refusal shown anywhere. */
export function refusalText(error) {
  return h('p', {}, h('strong', {class: 'code'}, error.code), ': ', error.message);
}

/** Runs an action from a button and shows its refusal (with field errors listed) in `where`. */
export async function attempt(where, action) {
  fill(where);
  where.hidden = true;
  try {
    return await action();
  } catch (failure) {
    const error = failure instanceof ApiError ? failure : new ApiError(0, {code: 'ERROR', message: String(failure.message || failure)});
    fill(where, refusalText(error), error.errors.length
      ? h('ul', {}, error.errors.map(e => h('li', {}, h('code', {}, e.field), ': ', e.message))) : null);
    where.hidden = false;
    return undefined;
  }
}
