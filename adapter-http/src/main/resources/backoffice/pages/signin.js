import {h, fill} from '../dom.js';
import {signIn} from '../api.js';
import {form} from '../forms.js';
import {afterSignIn} from '../app.js';

export const routes = [[/^#\/sign-in$/, render]];

function render(main) {
  fill(main,
    h('h1', {}, 'Sign in'),
    h('p', {}, 'With an API client\'s id and secret. The server prints its first client\'s on first start; ',
      h('code', {}, 'onboard client create'), ' makes more.'),
    form({
      className: 'form narrow',
      submitLabel: 'Sign in',
      fields: [
        {name: 'client_id', label: 'Client id', required: true},
        {name: 'client_secret', label: 'Client secret', type: 'password', required: true},
      ],
      onSubmit: async values => {
        await signIn(values.client_id || '', values.client_secret || '');
        afterSignIn();
      },
    }));
}
