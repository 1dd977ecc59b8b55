import type { Rng } from '@lokus/core';

// Common elements of Javanese place names (sido- "become", karang- "yard", sumber- "spring",
// -rejo "prosperous", -mulyo "noble", -sari "essence", lor/kidul/wetan/kulon "north/south/east/west").
const HEADS = [
  'Sido',
  'Karang',
  'Sumber',
  'Tegal',
  'Wono',
  'Banyu',
  'Kali',
  'Jati',
  'Purwo',
  'Tanjung',
  'Pucang',
  'Gedong',
  'Tlogo',
  'Ngem',
  'Trimo',
  'Gunung',
  'Kedung',
  'Tambak',
  'Bulu',
  'Sambi',
  'Gondang',
  'Pandan',
  'Waru',
  'Jambu',
  'Kemiri',
  'Kembang',
  'Mojo',
  'Salam',
  'Bendo',
  'Gebang',
  'Ngadi',
  'Suko',
  'Wates',
  'Tanggul',
  'Rowo',
  'Sri',
  'Bojong',
  'Klampok',
  'Dadap',
  'Manggis',
  'Kluwih',
  'Sentul',
  'Kepuh',
  'Pakis',
  'Widoro',
  'Lemah',
  'Ngudi',
  'Toyo',
] as const;
const TAILS = [
  'rejo',
  'mulyo',
  'sari',
  'harjo',
  'agung',
  'asri',
  'makmur',
  'jaya',
  'anyar',
  'arum',
  'wangi',
  'kerto',
  'dadi',
  'luhur',
  'ombo',
  'sono',
  'tengah',
  'joyo',
  'kusumo',
  'utomo',
  'gede',
  'kerep',
  'legi',
  'lawang',
  'kidang',
  'wungu',
  'pitu',
  'tirto',
  'winangun',
  'manis',
  'roto',
  'ayu',
  'kulon',
  'wetan',
  'lor',
  'kidul',
] as const;
const SUFFIXES = ['Lor', 'Kidul', 'Wetan', 'Kulon', 'Tengah'] as const;

/**
 * Creates a generator of fictional, Javanese-style place names (head + tail, e.g. `Sidowangi`,
 * sometimes followed by a quarter, e.g. `Kedungarum Wetan`), each name unique among those it
 * has returned. Every draw uses `rng`, so a seeded RNG gives the same names in the same order.
 * O(1) expected per name; throws after many collisions when the name space is exhausted.
 *
 * @example
 * const next = createNamer(createRng(1));
 * next(); // => 'Gondangwinangun'
 */
export function createNamer(rng: Rng): () => string {
  const used = new Set<string>();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  return () => {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const head = pick(HEADS);
      const tail = pick(TAILS);
      if (head.toLowerCase() === tail) continue;
      let name = head + tail;
      if (rng() < 0.1) name += ` ${pick(SUFFIXES)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    throw new Error('createNamer requires fewer names than its vocabulary can make');
  };
}
