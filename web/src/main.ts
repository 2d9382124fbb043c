import { personSearch } from './person-search.js';
import { startRouter } from './router.js';

const main = document.getElementById('main') as HTMLElement;

document.querySelector('header.top')?.append(personSearch());

// The skip link focuses the content without touching the hash (the hash is the route).
document.getElementById('skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

startRouter(main, [
  ['/', () => import('./pages/search.js').then((m) => m.searchPage)],
  ['/search/:q', () => import('./pages/search.js').then((m) => m.searchPage)],
  ['/doc/:id', () => import('./pages/document.js').then((m) => m.documentPage)],
  ['/dyads', () => import('./pages/dyads.js').then((m) => m.dyadsPage)],
  ['/dyad/:a/:b', () => import('./pages/dyad.js').then((m) => m.dyadPage)],
  ['/countries', () => import('./pages/countries.js').then((m) => m.countriesPage)],
  ['/country/:code', () => import('./pages/country.js').then((m) => m.countryPage)],
  ['/persons', () => import('./pages/persons.js').then((m) => m.personsPage)],
  ['/person/:id', () => import('./pages/person.js').then((m) => m.personPage)],
  ['/network', () => import('./pages/network.js').then((m) => m.networkPage)],
]);
