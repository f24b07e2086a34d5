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
import * as webhooks from './pages/webhooks.js';

const PAGES = [overview, sellers, stores, terminals, importPage, events, webhooks];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let wanted = null;
/** The newest navigation: a slower page that finishes after the user moved on must not fill the page. */
let navigation = 0;

async function route() {
  const mine = ++navigation;
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
        // each navigation renders into a container of its own: a page still loading when the user moves on
        // fills a container that is no longer shown, and a page's own re-renders stay within its container
        const page = h('div', {class: 'page'}, h('p', {}, 'Loading…'));
        main.replaceChildren(page);
        try {
          await render(page, ...match.slice(1).map(decodeURIComponent));
        } catch (failure) {
          fill(page, h('h1', {}, 'Something went wrong'), h('p', {role: 'alert'}, String(failure.message || failure)));
        }
        if (mine !== navigation) return;
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

// The skip link moves focus, not the route: its #main would otherwise be read as a page.
document.querySelector('.skip').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', route);
route();
