// Ranking by score (rank 1 = highest priority)
export { type RankScoresOptions, rankScores } from './rankScores.ts';
