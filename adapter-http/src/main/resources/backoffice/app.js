// The console's one router. A page is a module that exports `routes` ([pattern, render] pairs) and, to appear in
// the navigation, `nav`; adding a page is one module and one line in PAGES.
import {h, fill, link} from './dom.js';
import {signedIn, signOut, account} from './api.js';
import * as signInPage from './pages/signin.js';
import * as overview from './pages/overview.js';
import * as sellers from './pages/sellers.js';
import * as stores from './pages/stores.js';
import * as terminals from './pages/terminals.js';
import * as importPage from './pages/import.js';
import * as events from './pages/events.js';

const PAGES = [overview, sellers, stores, terminals, importPage, events];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let wanted = null;

async function route() {
  const hash = location.hash || '#/overview';
  if (!signedIn() && hash !== '#/sign-in') {
    wanted = hash;
    location.hash = '#/sign-in';
    return;
  }
  drawHeader(hash);
  for (const page of [signInPage, ...PAGES]) {
    for (const [pattern, render] of page.routes) {
      const match = hash.match(pattern);
      if (match) {
        fill(main, h('p', {}, 'Loading…'));
        try {
          await render(main, ...match.slice(1).map(decodeURIComponent));
        } catch (failure) {
          fill(main, h('h1', {}, 'Something went wrong'), h('p', {role: 'alert'}, String(failure.message || failure)));
        }
        const heading = main.querySelector('h1');
        document.title = (heading ? heading.textContent + ' · ' : '') + 'Onboard Backoffice';
        main.focus({preventScroll: true});
        return;
      }
    }
  }
  fill(main, h('h1', {}, 'Not found'), h('p', {}, 'There is no such page. '), link('#/overview', 'Go to the overview'));
}

function drawHeader(hash) {
  if (!signedIn()) {
    fill(nav);
    fill(who);
    return;
  }
  fill(nav, h('ul', {}, PAGES.filter(page => page.nav).map(page =>
    h('li', {}, h('a', {href: page.nav.href, 'aria-current': hash.startsWith(page.nav.href) ? 'page' : null}, page.nav.label)))));
  fill(who, 'Account ', h('strong', {}, account()), ' ',
    h('button', {type: 'button', class: 'link', onclick: () => { signOut(); location.hash = '#/sign-in'; }}, 'Sign out'));
}

/** After signing in: the page that was asked for, or the overview. */
export function afterSignIn() {
  location.hash = wanted && wanted !== '#/sign-in' ? wanted : '#/overview';
  wanted = null;
}

window.addEventListener('hashchange', route);
route();
