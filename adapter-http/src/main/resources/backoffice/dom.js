// Building the page: every text goes in as a text node and every attribute through setAttribute, never as HTML,
// so names and messages from the API show as the characters they are.

/** An element: h('button', {type: 'submit', onclick: fn}, 'Save'). Children may be strings, nodes, arrays or null. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'value') element.value = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties an element and fills it anew. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A link inside the console. */
export function link(href, text) {
  return h('a', {href}, text);
}

/** A table that scrolls sideways on a narrow screen rather than the page. */
export function table(caption, headings, rows) {
  return h('div', {class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0'},
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headings.map(heading => h('th', {scope: 'col'}, heading)))),
      h('tbody', {}, rows.length ? rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))
        : h('tr', {}, h('td', {colspan: headings.length}, 'None.')))));
}

/** A status as a badge, so ACTIVE and the rest stand out without relying on colour alone. */
export function badge(status) {
  return status ? h('span', {class: `badge badge-${String(status).toLowerCase()}`}, status) : '—';
}
