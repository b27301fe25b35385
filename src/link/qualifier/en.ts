import type { QualifierCues } from './types.js'

/** English qualifier cues (data only). */
export const cues: QualifierCues = {
  target: [
    'target', 'targets', 'targeted', 'targeting', 'targeting to', 'aim', 'aims', 'aimed', 'aiming', 'aim to', 'aims to', 'goal',
    'goal of', 'objective', 'pass the', 'cross the', 'crossing', 'seek to', 'seeks to', 'strive to',
    'hope to', 'hopes to', 'plan to', 'plans to', 'pledged to', 'agreed to', 'committed to', 'ambition', 'ambitious',
    'raise … to', 'boost … to', 'increase … to', 'double … to', 'take … to', 'lift … to', 'push … to', 'bring … to'
  ],
  forecast: [
    'expected', 'expected to', 'expected to reach', 'is expected to', 'are expected to', 'projected', 'projected to', 'forecast',
    'forecast to', 'forecasts', 'predicted', 'predicts', 'estimated to', 'likely to', 'set to', 'poised to', 'on track to',
    'on course to', 'anticipated', 'will', '’ll', "'ll", 'will reach', 'could', 'might', 'would', 'may reach', 'may exceed',
    'may top', 'may hit', 'may rise', 'may grow'
  ],
  targetAfter: ['target', 'goal', 'mark', 'milestone', 'objective', 'ambition', 'threshold'],
  forecastAfter: ['forecast', 'projection', 'is expected', 'expected', 'projected'],
  change: [
    'up', 'down', 'rose', 'rise', 'rises', 'rising', 'risen', 'increase', 'increased', 'increases', 'increasing', 'an increase of',
    'a rise of', 'grew', 'grow', 'grows', 'growing', 'grown', 'growth of', 'a growth of', 'jumped', 'jump', 'surged', 'soared',
    'climbed', 'gained', 'a gain of', 'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'a drop of', 'declined',
    'decline', 'a decline of', 'decreased', 'decrease', 'a decrease of', 'shrank', 'contracted', 'expanded', 'slipped', 'plunged',
    'by'
  ],
  changeAfter: ['increase', 'rise', 'growth', 'jump', 'gain', 'surge', 'decline', 'drop', 'fall', 'decrease', 'year-on-year', 'higher', 'lower', 'more', 'less'],
  level: ['to', 'at', 'from', 'of', 'reaching', 'hitting', 'totaling', 'totalling', 'worth'],
  and: ['and', 'and by', 'or']
}
