// Ranking by score (rank 1 = highest priority)
export { type RankScoresOptions, type RankScoresOutput, rankScores } from './rankScores.ts';
// Tie policies
export { TIE_POLICIES, type TiePolicy } from './tiePolicies.ts';
