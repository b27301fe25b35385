import { joinCorpus } from '../helpers.js'
import { diplomacy } from './corpus/diplomacy.js'
import { economy } from './corpus/economy.js'
import { law } from './corpus/law.js'
import { politics } from './corpus/politics.js'
import { society } from './corpus/society.js'
import { sport } from './corpus/sport.js'

export const corpus = joinCorpus('en', [diplomacy, economy, politics, law, society, sport])
