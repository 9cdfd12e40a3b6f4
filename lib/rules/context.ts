import type { TermList } from './types';

/**
 * Sensitive technology fields (signals.md; EU Regulation 2021/821 Annex I and Recommendation 2023/2113).
 * Context only: a field strengthens a request for non-public material, it is never a signal by itself.
 * Generic words (AI, chip, data, model, process) are deliberately absent: alone they are too broad.
 */
export const SENSITIVE_FIELDS: readonly TermList[] = [
  {
    id: 'FIELD_AI',
    language: 'any',
    description: 'artificial intelligence',
    patterns: [
      'machine learning|deep learning|neural network|neural networks|neurale netwerken|neuraal netwerk',
      'model weights|modelgewichten|training data|trainingsdata|computer vision',
      'AI accelerator|accelerators|chip|chips',
      'AI-versneller|AI-versnellers|AI-chips|AI-modellen|AI-model',
      'large language model|models',
      'taalmodel|taalmodellen',
    ],
  },
  {
    id: 'FIELD_SEMICONDUCTORS',
    language: 'any',
    description: 'semiconductors',
    patterns: [
      'lithography|lithographic|lithografie|lithografische|photolithography|fotolithografie',
      'EUV|DUV|high-NA|immersion_scanner|immersion_scanners|lithography_scanner',
      'photoresist|photoresists|fotolak|fotoresist|resist_chemistry',
      'etch|etching|etsen|epitaxy|epitaxie|ion implantation|ionenimplantatie',
      'wafer|wafers|reticle|reticles|photomask|photomasks|fotomasker|fotomaskers|pellicle|pellicles',
      'metrology|metrologie|overlay_metrology',
      'GaN|SiC|gallium nitride|silicon carbide|galliumnitride|siliciumcarbide',
      'semiconductor|semiconductors|halfgeleider|halfgeleiders|halfgeleidertechnologie|chipfabricage|chip_fabrication|foundry',
      'process node|nodes',
    ],
  },
  {
    id: 'FIELD_NANO_MATERIALS',
    language: 'any',
    description: 'nanotechnology and advanced materials',
    patterns: [
      'nanotechnology|nanotechnologie|nanomaterial|nanomaterials|nanomateriaal|nanomaterialen|nanostructures|nanostructuren',
      'graphene|grafeen|metamaterial|metamaterials|metamateriaal|metamaterialen|MEMS',
    ],
  },
  {
    id: 'FIELD_QUANTUM',
    language: 'any',
    description: 'quantum technology',
    patterns: [
      'qubit|qubits|quantum computer|computers|computing|chip|processor|sensing|kwantumcomputer|quantumcomputer|quantumchip|kwantumtechnologie|quantumtechnologie',
      'cryogenic|cryogenics|cryogeen|cryogene|dilution refrigerator',
    ],
  },
  {
    id: 'FIELD_PHOTONICS_SENSORS',
    language: 'any',
    description: 'photonics and sensors',
    patterns: [
      'integrated photonics|geïntegreerde fotonica|photonic chip|chips|integrated circuit|circuits|fotonische chip|chips',
      'photonics|fotonica|lidar|infrared|infrarood|high-energy laser|lasers',
      'image sensor|sensors|beeldsensor|beeldsensoren',
    ],
  },
  {
    id: 'FIELD_AEROSPACE',
    language: 'any',
    description: 'aerospace and navigation',
    patterns: [
      'hypersonic|hypersone|hypersoon|inertial navigation|traagheidsnavigatie|avionics|avionica',
      'drone|drones|UAV|UAVs',
      'radiation-hardened|stralingsbestendige|stralingsharde|rad-hard',
      'guidance systems|missile|missiles|raket|raketten',
    ],
  },
];

/** The reader's own government (Waakzaam is for the Netherlands): its posts abroad are not a foreign approach. */
export const OWN_GOVERNMENT: readonly TermList[] = [
  {
    id: 'OWN_GOVERNMENT_NL',
    language: 'any',
    description: 'The Dutch government and its posts abroad',
    patterns: [
      'embassy|consulate|consulate-general|mission of the Kingdom of the Netherlands',
      'Netherlands|Dutch embassy|consulate|consulate-general|mission|innovation_attaché|innovation_attache|consul|consul-general|ambassador',
      'Nederlandse ambassade|ambassades|consulaat|consulaat-generaal|vertegenwoordiging|overheid|consul|consul-generaal|ambassadeur',
      'ambassade|consulaat|consulaat-generaal van ~ Nederland|het_Koninkrijk_der_Nederlanden',
      'Innovation Attaché|Attache|Attachés|Attaches Network',
      'innovatie-attaché|innovatie-attachés|innovatieattaché|innovatieattachés|innovatienetwerk',
      'Netherlands Worldwide|NetherlandsWorldwide|Nederland Wereldwijd|NederlandWereldwijd',
      'minbuza.nl|rvo.nl|netherlandsworldwide.nl|nederlandwereldwijd.nl|government.nl|rijksoverheid.nl',
    ],
  },
];

/** Anyone can sign up to these: an official role claimed from one of them does not add up. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'tuta.io',
  'gmx.com', 'gmx.net', 'gmx.de', 'mail.com', 'zoho.com', 'yandex.ru', 'yandex.com', 'ya.ru', 'mail.ru', 'bk.ru',
  'inbox.ru', 'list.ru', 'rambler.ru', 'qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'yeah.net',
  'hotmail.nl', 'live.nl', 'outlook.nl', 'ziggo.nl', 'kpnmail.nl', 'hetnet.nl', 'planet.nl', 'home.nl',
  'xs4all.nl', 'upcmail.nl', 'telenet.be', 'posteo.de', 'posteo.net', 'mailbox.org', 'fastmail.com', 'web.de',
  't-online.de', 'hotmail.de', 'outlook.de', 'yahoo.de', 'hotmail.co.uk', 'yahoo.co.uk', 'hotmail.fr', 'naver.com',
  'daum.net', 'hanmail.net',
];

/**
 * Domains of foreign ministries and missions. A suffix match: `mid.ru` covers `embassy.mid.ru`. Patterns with a
 * `*` stand for any one label (`mfa.gov.*`).
 */
export const DIPLOMATIC_DOMAINS: readonly string[] = ['mid.ru', 'mfa.gov.*', 'mofa.gov.*', 'mofa.go.*', 'mfa.*', 'mofa.*', 'fmprc.gov.cn', 'mfa.ir'];
