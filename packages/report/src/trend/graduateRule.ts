/**
 * The rule that makes a village a graduate, in words: the definition `trend` applies (cause
 * `need-fell` of `compareYears`), stated precisely so that the annex can print it.
 *
 * @example
 * graduateRule('en').startsWith('A graduate of year t'); // => true
 */
export function graduateRule(lang: 'id' | 'en'): string {
  return lang === 'id'
    ? 'Desa/kelurahan lulus pada tahun t bila: menjadi lokus tahun t−1 karena peringkatnya (bukan karena ditetapkan masuk, kuota minimum, atau dipertahankan dari tahun sebelumnya); bukan lokus tahun t, tetapi masih ada di data, memenuhi syarat, berperingkat, tidak ditetapkan keluar dan tidak tertahan kuota maksimum kecamatan; dan kebutuhannya sendiri turun: jumlah perubahan indikator yang dinilai di kedua tahun — diarahkan sehingga positif berarti lebih membutuhkan, dibagi simpangan baku kabupaten tahun t−1, dikali bobot tahun t — bernilai negatif.'
    : 'A graduate of year t is a village that was a locus in year t−1 by its rank (not forced in, not by a kecamatan minimum quota, not carried over); is not a locus in year t although it is still in the data, eligible, ranked, not forced out and not held out by a kecamatan maximum quota; and whose own need fell: the sum over the indicators scored in both years of the change in value — oriented so that positive means more need, divided by the district standard deviation of year t−1, times the weight of year t — is negative.';
}
