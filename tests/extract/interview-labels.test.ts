import { describe, expect, it } from 'vitest';
import { extract, relationTriples } from '../helpers/corpus.js';

// "Q:" and "A:" name roles, not people: the answers belong to the person the introduction presents.
const transcript = extract({
  title: 'A harbour master on the busiest summer yet',
  body: [
    'Ingrid Solvang has run the port of Tromsø for the Nordkyst Harbour Authority since 2019. She spoke to Paul Ferris of the Coastal Ledger about cruise traffic.',
    'Q: How many ships came this summer?',
    'A: We had 212 cruise calls, which is forty more than last year. My team worked every weekend from May to September.',
    'Q: Will you cap the numbers?',
    'A: We will limit calls to three ships a day from next season, because the town cannot absorb more visitors than that.',
  ].join('\n\n'),
});
const named = extract({
  title: 'Talking to a mayor',
  body: [
    'Lena Brandt has been mayor of Kirchau since 2020.',
    'Tom Weller: What will change?',
    'Lena Brandt: The bus lanes will open in March, and the parking fees will double in the centre.',
    'Tom Weller: Why now?',
    'Lena Brandt: Because the air quality figures leave us no other choice this year.',
  ].join('\n\n'),
});

// Labels with a name's lower-case particle ("van", "da").
const particles = extract({
  title: 'A founder on cargo drones',
  body: [
    'Ana da Silva founded Voarte in Porto in 2021. She spoke to Joris van Dam of Delta Tech Weekly.',
    'Joris van Dam: What does a drone do that a van cannot?',
    'Ana da Silva: It flies in a straight line over the water, and it takes eleven minutes instead of two hours.',
    'Joris van Dam: Who pays for it?',
    'Ana da Silva: Shipping lines pay per flight, and the biggest of them now books forty flights a week.',
  ].join('\n\n'),
});

// An earnings call printed with each speaker on a line above the turn.
const speakerLines = extract({
  title: 'Harwell Foods on the call',
  body: [
    'Harwell Foods cut its forecast on Tuesday. Below is an excerpt from its earnings call.',
    'Operator\nOur next question comes from Ana Ruiz of Marlow Bank. Please go ahead.',
    'Ana Ruiz, Marlow Bank\nHow much of the shortfall was the weather?',
    'Lena Vos, Chief Executive Officer\nMost of it was the weather, and the rest was a lost contract with a retailer.',
    'Ana Ruiz, Marlow Bank\nCan you win that contract back?',
    'Lena Vos, Chief Executive Officer\nWe are talking to them again, but we will not buy volume with lower prices.',
  ].join('\n\n'),
});

// A press release's closing sections: a name above a paragraph once each is no speaker.
const aboutSections = extract({
  title: 'Korvala opens a plant',
  body: [
    'Korvala Systems will open a plant in Oulu, the company said on Monday.',
    'About Korvala Systems\nKorvala Systems makes control software for power grids and employs 400 people.',
    'About Pohjavirta Energy\nPohjavirta Energy runs hydro plants in northern Finland and sells power to Korvala.',
    'Media Contact\nSara Niemi is the head of communications and answers questions from the press.',
  ].join('\n\n'),
});

// An interview printed without labels: questions alone on their lines, each answer after it.
const unlabelled = (intro: string) =>
  extract({
    title: 'Three questions on the harbour',
    body: [
      intro,
      'How many ships came this summer?',
      'We had 212 cruise calls, which is forty more than last year, and my team worked every weekend.',
      'Will you cap the numbers?',
      'We will limit calls to three ships a day from next season, because the town cannot absorb more.',
      'What comes next?',
      'A shore power line for the cruise quay, which the council has promised to fund by 2027.',
    ].join('\n\n'),
  });

// An earnings call: two analysts ask, two executives answer.
const call = extract({
  title: 'Siemens on the call',
  body: [
    'Siemens reported lower orders on Thursday. Chief Executive Maria Lopez and finance chief Tomas Berg took questions from analysts.',
    'Priya Rao: Orders fell for a third quarter. When do they turn?',
    'Maria Lopez: We expect orders to recover in the spring, when the grid contracts are signed.',
    'Giles Atwood: And the margin? Where will it land?',
    'Tomas Berg: The margin will stay near nine percent for the full year, helped by lower freight costs.',
  ].join('\n\n'),
});

// A press conference: reporters asking under "Q (name, outlet):", answers under names in capitals.
const briefing = extract({
  title: 'Transcript: the harbour minister on the new breakwater',
  body: [
    'The following is a transcript of a press conference given in Arendal by Kari Moen, the minister for coastal affairs.',
    'KARI MOEN: The breakwater will be finished in 2028, and the state pays the whole cost of it.',
    'Q (Ola Berg, Sørlandet Dagblad): Fishermen say the work will close the harbour for a year. Is that true?',
    'KARI MOEN: The harbour stays open throughout the works, with one lane kept clear for the fishing fleet.',
    'Q (Ines Dahl, Coastal Radio): What will it cost?',
    'KARI MOEN: The contract is worth 900 million kroner, which is less than the agency first estimated.',
  ].join('\n\n'),
});

// A committee hearing: a role, then the speaker in brackets.
const hearing = extract({
  title: 'Transcript: the transport committee questions Northline Rail',
  body: [
    'The following is an extract from the evidence session of the Transport Committee, chaired by Margaret Ellison.',
    'Chair (Margaret Ellison): Mr Mehta, your company cancelled one train in five. Why?',
    'Witness (Rohan Mehta, Chief Executive, Northline Rail): The immediate cause was a shortage of drivers.',
    'Chair (Margaret Ellison): Were you warned about that?',
    'Witness (Rohan Mehta, Chief Executive, Northline Rail): We were warned, and we should have delayed the timetable.',
    'Chair (Margaret Ellison): Dr Kowalczyk, is the track to blame?',
    'Witness (Ewa Kowalczyk, Director, Railway Infrastructure Authority): Two signalling failures cost about 600 trains.',
  ].join('\n\n'),
});

// A surname label in a family business: the introduction presents one of two people of that name.
const family = extract({
  title: 'Interview: Maren Halloway, the clockmaker',
  body: [
    'Maren Halloway is the fourth of her family to run Halloway & Pike, the clock workshop that her grandfather Edmund Halloway opened in 1921. She spoke to Tom Weller of the Borders Courier.',
    'Weller: How did you start?',
    'Halloway: I trained as an engineer and spent nine years at Tarnbeck Instruments in Carlisle before I came home.',
    'Weller: Do you miss it?',
    'Halloway: Not at all. My work here is slower, but nothing I make is thrown away.',
  ].join('\n\n'),
});

describe('interview labels', () => {
  it('reads a surname label as the person the introduction presents when the family has two, so "I" in the answers is hers', () => {
    const facts = relationTriples(family);
    expect(facts).toContain('person:maren-halloway AFFILIATED_WITH organization:tarnbeck-instruments');
    expect(facts).not.toContain('person:edmund-halloway AFFILIATED_WITH organization:tarnbeck-instruments');
  });

  it('reads a label in capitals as the person of that name, and who asks in its brackets as names', () => {
    const answers = briefing.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBe(3);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:kari-moen']));
    expect(briefing.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ola Berg', 'Ines Dahl']));
    // The question's own report is a claim; the label is no part of its text.
    expect(briefing.claims.map((c) => c.text)).toContain('The work will close the harbour for a year');
  });

  it('keeps a role label in capitals a role when its brackets name who asks ("QUESTION (Ola Berg, …):")', () => {
    const capitalRoles = extract({
      title: 'Transcript: the harbour minister on the new breakwater',
      body: [
        'The following is a transcript of a press conference given in Arendal by Kari Moen, the minister for coastal affairs.',
        'KARI MOEN: The breakwater will be finished in 2028, and the state pays the whole cost of it.',
        'QUESTION (Ola Berg, Sørlandet Dagblad): Fishermen say the work will close the harbour for a year.',
        'KARI MOEN: The harbour stays open throughout the works, with one lane kept clear for the fishing fleet.',
      ].join('\n\n'),
    });
    const answers = capitalRoles.claims.filter((c) => c.form === 'interview');
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:kari-moen']));
    expect(answers.length).toBe(2);
  });

  it("reads a label that is a word of the interviewer's newspaper ('BEACON:') as that paper, not a person", () => {
    const profile = extract({
      title: 'Interview: the taxidermist restoring a polar bear',
      body: [
        'Ingrid Tallentire runs Fellwing Taxidermy in Middlesbrough. She spoke to Kieran Moult, a features writer at the Teesside Beacon. Questions are marked BEACON and her answers are marked with her first name.',
        'BEACON: Where do the animals come from?',
        'Ingrid: Almost all of them are found dead, on roads, under windows or at the vet.',
        'BEACON: Who are your customers?',
        'Ingrid: About half my work is for museums, and the rest is for private collectors.',
      ].join('\n\n'),
    });
    expect(profile.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('BEACON');
    const answers = profile.claims.filter((c) => c.form === 'interview');
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:ingrid-tallentire']));
  });

  it("reads a vox pop's 'Name, age, occupation, town' lines as standing above the answers, each read for names", () => {
    const voxPop = extract({
      title: 'Vox pop: a year after the ban, what has changed in Armagh?',
      body: [
        'We spent a morning in the city centre asking people what they make of it.',
        'Orla Teague, 17, sixth-form student, Armagh',
        'Everyone my age who vaped before still vapes, and they just buy the refillable ones now.',
        'Malachy Dunne, 54, owner of Vapour Lane, Drumbrae',
        'Business dropped by about a fifth in the first month and then came back to where it was.',
        'Ryan Gilhooly, 22, warehouse worker, Keady',
        'Honestly, nothing has changed for me, and the ban was about plastic, not about health.',
        'A spokesperson for the council said officers would carry out test purchases this summer.',
      ].join('\n\n'),
    });
    const speakerOf = (start: string) => voxPop.claims.find((c) => c.sentence.startsWith(start))?.speaker;
    expect(speakerOf('Everyone my age')).toBe('person:orla-teague');
    expect(speakerOf('Business dropped')).toBe('person:malachy-dunne');
    expect(speakerOf('Honestly')).toBe('person:ryan-gilhooly');
    expect(speakerOf('A spokesperson')).not.toBe('person:ryan-gilhooly');
    expect(relationTriples(voxPop)).toContain('person:malachy-dunne AFFILIATED_WITH organization:vapour-lane');
    expect(voxPop.entities.find((e) => e.name === 'Drumbrae')?.type).toBe('Place');
  });

  it('takes every label that answers as a speaker, and none that asks', () => {
    const answers = call.claims.filter((c) => c.form === 'interview');
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:maria-lopez', 'person:tomas-berg']));
  });

  it('makes no entity of a role label', () => {
    expect(transcript.entities.map((e) => e.name)).not.toContain('A');
    expect(transcript.entities.map((e) => e.name)).not.toContain('Q');
  });

  it('reads initials labels ("HM:", "IB:") as the people whose initials they are, and a forge as a body', () => {
    const doc = extract({
      title: 'A blacksmith on patience',
      body: [
        'Heledd Mostyn runs Efail Mostyn, a two-person forge in Llanrwst. She spoke to Iolo Benbow of the Valley Gazette.',
        'IB: How does somebody end up a blacksmith?',
        'HM: The long way round, because I was a welder for twelve years before I ever picked up a hammer.',
        'IB: What do you make?',
        'HM: Gates, railings and fire tools, mostly for old houses whose owners want the ironwork to match.',
      ].join('\n\n'),
    });
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Heledd Mostyn', 'Iolo Benbow']);
    expect(doc.entities.find((e) => e.name === 'Efail Mostyn')?.type).toBe('Organization');
    expect(new Set(doc.claims.filter((c) => c.form === 'interview').map((c) => c.speaker))).toEqual(new Set(['person:heledd-mostyn']));
  });

  it('makes no entity of a role label in capitals ("INTERVIEWER:"), and gives the named label its answers', () => {
    const doc = extract({
      title: 'A chimney sweep on wet wood',
      body: [
        'Mari Hollins has swept chimneys in Buxton for twenty years. She spoke to the Peak Courier.',
        'INTERVIEWER: What has changed?',
        'MARI HOLLINS: People burn wood that is far too wet, and it coats the flue in tar within a single winter.',
        'INTERVIEWER: What do you tell them?',
        'MARI HOLLINS: Buy your logs a year ahead and stack them under cover, because a moisture meter costs less than a fire.',
      ].join('\n\n'),
    });
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Mari Hollins']);
    expect(new Set(doc.claims.filter((c) => c.form === 'interview').map((c) => c.speaker))).toEqual(new Set(['person:mari-hollins']));
  });

  it('gives the answers of "A:" to the person the introduction presents', () => {
    const answers = transcript.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:ingrid-solvang']));
  });

  it('still reads named labels as their speakers', () => {
    const answers = named.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:lena-brandt']));
  });

  it('reads labels with a particle in the name ("Joris van Dam:") as turns', () => {
    const answers = particles.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:ana-da-silva']));
  });

  it("reads speaker lines above turns as labels, and an operator's turns as no claims", () => {
    const answers = speakerLines.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBe(2);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:lena-vos']));
    expect(speakerLines.sentences.filter((s) => s.kind === 'label').map((s) => s.text)).toContain('Lena Vos, Chief Executive Officer');
  });

  it('reads no turns under names that head one paragraph each ("About Korvala Systems")', () => {
    expect(aboutSections.sentences.some((s) => s.turnLabel)).toBe(false);
    expect(aboutSections.entities.map((e) => e.name)).not.toContain('About Korvala Systems');
  });

  it('reads speaker lines ending in colons as labels even when each speaks once (an excerpt of a call)', () => {
    const excerpt = extract({
      title: 'Marlow Systems raises its forecast',
      body: [
        'Marlow Systems raised its forecast on Tuesday. Two questions dominated the call with analysts. An excerpt:',
        'Ana Ruiz, Calder Securities:',
        'Your guidance implies slower growth. Is that caution?',
        'Daniel Obi, chief financial officer:',
        'It is caution, not a change in demand. Two large renewals fall in the fourth quarter.',
        'Tom Greer, Halden Bank:',
        'What stops the cloud providers taking your customers?',
        'Marta Vidal, chief executive:',
        'Our customers run hardware from several suppliers, and no supplier manages a rival machine well.',
      ].join('\n\n'),
    });
    const answers = excerpt.claims.filter((c) => c.form === 'interview');
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:daniel-obi', 'person:marta-vidal']));
    const affiliated = excerpt.relations.filter((r) => r.predicate === 'AFFILIATED_WITH').map((r) => `${r.subject} ${r.object}`);
    expect(affiliated).toContain('person:ana-ruiz organization:calder-securities');
    expect(affiliated).toContain('person:tom-greer organization:halden-bank');
  });

  it('reads "CALLER (Name, Town):" lines above turns as the caller\'s, and a presenter\'s turns as no claims', () => {
    const phoneIn = extract({
      title: 'Listeners call in on the footbridge closure',
      body: [
        'This is an edited transcript of the morning phone-in on Radio Wolds, presented by Jo Pritchard.',
        'PRESENTER:',
        'Good morning. Our first caller is Alan Reece. How has the closure affected you?',
        'CALLER (Alan Reece, Ludlow):',
        'I have crossed that bridge twice a day for thirty years, and now it takes me forty minutes each way.',
        'PRESENTER:',
        'Sunita Rao is on the line next. You run a business near the bridge?',
        'CALLER (Sunita Rao, Tenbury Wells):',
        'I run a cafe at the town end of the bridge, and I have lost a third of my takings since Friday.',
      ].join('\n\n'),
    });
    const answers = phoneIn.claims.filter((c) => c.form === 'interview');
    expect(answers.map((c) => c.speaker)).toEqual(['person:alan-reece', 'person:sunita-rao']);
    expect(phoneIn.entities.map((e) => e.name)).not.toContain('CALLER');
  });

  it("gives an email's paragraphs under its From/To/Subject header to the writer, up to the first report of speech", () => {
    const leak = extract({
      title: 'Marlow Bank chief tells staff branches will close',
      body: [
        'Marlow Bank plans to close 60 branches, according to an email from its chief executive seen by this newspaper.',
        'The email reads in part:',
        'From: Ana Ruiz, Chief Executive',
        'To: All colleagues',
        'Subject: Where we go next',
        'We will close 60 branches during 2026, and every colleague affected will hear it from their own manager.',
        'Our contact centres will stay open, but most routine calls will be answered by an assistant.',
        'The staff union said it had not been consulted and would ballot its members.',
      ].join('\n\n'),
    });
    const answers = leak.claims.filter((c) => c.form === 'interview');
    expect(answers.map((c) => c.speaker)).toEqual(['person:ana-ruiz', 'person:ana-ruiz']);
    expect(leak.claims.some((c) => c.sentence.startsWith('To:') || c.sentence.startsWith('Subject:'))).toBe(false);
  });

  it('gives the answers of an unlabelled interview to the person the introduction presents', () => {
    const doc = unlabelled('Ingrid Solvang has run the port of Tromsø since 2019. We spoke to her about cruise traffic.');
    const answers = doc.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBe(3);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:ingrid-solvang']));
  });

  it('reads no turns when the introduction presents no interview (an explainer in questions)', () => {
    const doc = unlabelled('Ingrid Solvang has run the port of Tromsø since 2019, and the town is debating cruise traffic.');
    expect(doc.claims.filter((c) => c.form === 'interview')).toEqual([]);
  });

  it('gives a role label\'s turns to the name in its brackets ("Witness (Rohan Mehta, Chief Executive, …):")', () => {
    const answers = hearing.claims.filter((c) => c.form === 'interview');
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:rohan-mehta', 'person:ewa-kowalczyk']));
    expect(hearing.entities.map((e) => e.name)).not.toContain('Witness');
  });

  it('reads an advice column\'s "Q. …?" paragraphs as questions and the paragraph after each as the expert\'s answer', () => {
    const column = extract({
      title: 'Ask the Expert: is a heat pump right for my home?',
      body: [
        "Every month we put readers' questions to a specialist. This month's answers come from Dr Adaeze Whitfield, head of technical advice at the Home Energy Advice Trust.",
        'Q. My gas boiler is 15 years old. Should I replace it with a heat pump?',
        'If your home is reasonably well insulated, a heat pump is very likely the better long-term choice.',
        'Q. I have heard that heat pumps do not work in old houses. Is that true?',
        'No, that is one of the most stubborn myths we deal with in our advice work.',
        'Q. How noisy are they?',
        'Modern units are about as loud as a fridge at a distance of one metre.',
      ].join('\n\n'),
    });
    const answers = column.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBe(3);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:adaeze-whitfield']));
    expect(column.claims.some((c) => c.sentence.startsWith('Q.'))).toBe(false);
    expect(column.entities.filter((e) => e.name.startsWith('Q'))).toEqual([]);
  });
  it('reads a podcast\'s "[00:04:12] Name:" turns, the time no part of the label or the claim', () => {
    const podcast = extract({
      title: 'Transcript: The Shift, episode 40',
      body: [
        'The Shift is a weekly podcast about work presented by Nadia Farrell. This week she talks to Tobias Renner of the Institute for Work.',
        '[00:00:14] Nadia Farrell: Tobias, what did your study find?',
        '[00:00:31] Tobias Renner: Robots have not replaced many people yet. The work itself changed far more than the number of jobs.',
        '[00:01:58] Nadia Farrell: Should the software be regulated?',
        '[00:02:06] Tobias Renner: Employers should have to publish how their scheduling software decides shifts.',
      ].join('\n\n'),
    });
    const answers = podcast.claims.filter((c) => c.form === 'interview');
    expect(answers.length).toBe(3);
    expect(new Set(answers.map((c) => c.speaker))).toEqual(new Set(['person:tobias-renner']));
    expect(podcast.claims.some((c) => /\d:\d/.test(c.sentence))).toBe(false);
  });

  it('keeps signatures below their letters when no subhead parts them and no signature gives an age', () => {
    const page = extract({
      title: 'Letters to the Editor',
      body: [
        'The approved route passes within 200 metres of Stenford Primary School, and our children deserve clean air.',
        'Margaret Pryce, Stenford',
        'No library in the district will close this year, whatever the rumours in the town say.',
        'Peter Hume, Harbury',
        'Letters may be edited for length.',
      ].join('\n\n'),
    });
    const speakerOf = (start: string) => page.claims.find((c) => c.sentence.startsWith(start))?.speaker;
    expect(speakerOf('The approved route')).toBe('person:margaret-pryce');
    expect(speakerOf('No library')).toBe('person:peter-hume');
  });

  it("gives a letters page's paragraphs to the sign-off below each letter", () => {
    const page = extract({
      title: 'Letters to the Editor',
      body: [
        'Bypass plan forgets Stenford',
        'The approved route passes within 200 metres of Stenford Primary School. Our children deserve clean air as much as anyone.',
        'Margaret Pryce, Stenford',
        'Our libraries are not closing',
        'No library in the district will close this year. The library in Wyle will move into the new community hub in September.',
        'Councillor Peter Hume, Leader, Harbury District Council, Harbury',
        'Letters may be edited for length.',
      ].join('\n\n'),
    });
    const claims = page.claims.filter((c) => c.form === 'interview');
    const speakerOf = (start: string) => claims.find((c) => c.sentence.startsWith(start))?.speaker;
    expect(claims.length).toBe(4);
    expect(speakerOf('The approved route')).toBe('person:margaret-pryce');
    expect(speakerOf('Our children')).toBe('person:margaret-pryce');
    expect(speakerOf('No library')).toBe('person:peter-hume');
    expect(page.claims.some((c) => c.sentence.startsWith('Letters may'))).toBe(false);
  });

  it('reads no claims from a fact box\'s labels ("Route:", "Cost:")', () => {
    const box = extract({
      title: 'Council approves tram line',
      body: [
        'The city council voted on Wednesday to build a new tram line to the western districts.',
        'Route: central station to Brabrand, via Hasle',
        'Length: 11 kilometres, 14 stops',
        'Cost: 4.1 billion kroner, of which the state pays 40 percent',
      ].join('\n\n'),
    });
    expect(box.claims).toEqual([]);
  });
  it('gives a fact-check\'s "Claim:" lines to the person it checks, and its "Verdict:" lines to no one', () => {
    const check = extract({
      title: "Fact Check: Do Nadine Carrow's housing figures add up?",
      body: [
        "Nadine Carrow, the party's housing spokesperson, made three claims in her speech in Brighton on Tuesday. We looked at each.",
        'Claim: Rents in England have gone up by 40 per cent in five years.',
        'Verdict: Misleading.',
        'Claim: One in five new homes built in London is left empty.',
        'Verdict: False.',
        'Claim: This government has built fewer social homes than any government since the 1990s.',
        'Verdict: Mostly true.',
      ].join('\n\n'),
    });
    const claims = check.claims.filter((c) => c.form === 'interview');
    expect(claims.length).toBe(3);
    expect(new Set(claims.map((c) => c.speaker))).toEqual(new Set(['person:nadine-carrow']));
    expect(check.claims.some((c) => /Misleading|False/.test(c.sentence))).toBe(false);
    expect(check.entities.map((e) => e.name)).not.toContain('Claim');
    expect(check.entities.map((e) => e.name)).not.toContain('Verdict');
  });

  it("gives a speech's excerpt to the speaker the introduction presents, up to the reactions", () => {
    const speech = extract({
      title: 'Energy Secretary caps household bills',
      body: [
        'Energy Secretary Daniel Okonedo announced on Wednesday that bills will be capped from April. The following is an excerpt from the speech as delivered.',
        'Last winter, one household in five went without heating. That is not a figure I am prepared to accept.',
        '[Applause]',
        'We will also double the Warm Home Discount for pensioners.',
        'Reaction to the announcement was mixed.',
        'Marcus Hale, chief executive of Northwind Power, said the levy would punish developers. According to Hale, three projects could be delayed.',
      ].join('\n\n'),
    });
    const turns = speech.claims.filter((c) => c.form === 'interview');
    expect(turns.length).toBe(3);
    expect(new Set(turns.map((c) => c.speaker))).toEqual(new Set(['person:daniel-okonedo']));
    expect(speech.claims.some((c) => c.sentence.startsWith('Reaction'))).toBe(false);
  });

  it("gives a surname label's answers to that person when the questions above them carry no label", () => {
    const qa = extract({
      title: 'A letter from 1975',
      body: [
        'Pupils at Hollin Primary School opened a time capsule on Saturday. Janet Crowther, who wrote a letter for it aged nine, answered our questions.',
        'What did you feel?',
        'Crowther: I cried, if I am honest. I had forgotten the letter.',
        'Why hovercraft?',
        'Crowther: We had crossed to the island on one that Easter.',
        'What would you bury now?',
        'Crowther: A letter, the same as before.',
      ].join('\n\n'),
    });
    const turns = qa.claims.filter((c) => c.form === 'interview');
    expect(turns.map((c) => c.sentence)).toEqual([
      'I cried, if I am honest.',
      'I had forgotten the letter.',
      'We had crossed to the island on one that Easter.',
      'A letter, the same as before.',
    ]);
    expect(new Set(turns.map((c) => c.speaker))).toEqual(new Set(['person:janet-crowther']));
    // One such turn is a label in a fact box, not an interview.
    const once = extract({ title: 'Route', body: 'Where does it go?\n\nFerring: The line ends at the harbour.' });
    expect(once.claims).toEqual([]);
  });

  it('reads numbered "Q1:"/"A1:" labels as the roles Q and A, the answers the presented person\'s', () => {
    const numbered = extract({
      title: 'A cooper on casks',
      body: [
        'Elin Morgan is the master cooper at Tarwick Cask Works. She spoke to Dan Price of Oak and Still magazine.',
        'Q1: What does a cooper do here?',
        'A1: Mostly we repair casks that have leaked. We build new casks too, but repair is most of the work.',
        'Q2: Where does the wood come from?',
        'A2: Most of it has already held bourbon in Kentucky before it reaches the yard.',
      ].join('\n\n'),
    });
    const person = numbered.entities.find((e) => e.name === 'Elin Morgan')!;
    const answers = numbered.claims.filter((c) => c.speaker === person.id).map((c) => c.sentence);
    expect(answers).toContain('Mostly we repair casks that have leaked.');
    expect(answers).toContain('Most of it has already held bourbon in Kentucky before it reaches the yard.');
    expect(numbered.claims.some((c) => /^[QA]\d/.test(c.sentence))).toBe(false);
  });

  it('reads a transcription program\'s numbered voices ("Speaker 1:", "Speaker 2:") as roles, the answers the presented person\'s', () => {
    const voices = extract({
      title: 'A pilot on rope ladders',
      body: [
        'This is an edited transcript. Speaker 1 is the presenter, Euan Ross. Speaker 2 is Mairi Lennox, a marine pilot since 2015.',
        'Speaker 1: What does a pilot actually do?',
        'Speaker 2: I take ships in and out of the firth for masters who do not know it.',
        'Speaker 1: How do you get on board?',
        'Speaker 2: The pilot boat takes us out to a point beyond the headlands at the mouth of the firth.',
      ].join('\n\n'),
    });
    const pilot = voices.entities.find((e) => e.name === 'Mairi Lennox')!;
    expect(voices.entities.some((e) => e.name === 'Speaker 2')).toBe(false);
    expect(voices.claims.filter((c) => c.speaker === pilot.id).map((c) => c.sentence)).toContain(
      'I take ships in and out of the firth for masters who do not know it.',
    );
  });

  it('gives a surname label in capitals with a note on how it was said ("(through interpreter)") to that person', () => {
    const interpreted = extract({
      title: 'A miller on the harvest',
      body: [
        'Katalin Vass runs a paprika mill in Szentes. Vass, 61, spoke to Tom Hale of Spice Trade Weekly through an interpreter.',
        'Q: How was the harvest?',
        'VASS (through interpreter): Better than last year, but the peppers ripened small and early.',
        'Q: Do you export?',
        'VASS (in English): Mostly to Germany and Austria, and a little to Britain.',
        'Q: What next?',
        'VASS (through interpreter): We will irrigate the last dry fields before the summer comes.',
      ].join('\n\n'),
    });
    const miller = interpreted.entities.find((e) => e.name === 'Katalin Vass')!;
    const answers = interpreted.claims.filter((c) => c.speaker === miller.id).map((c) => c.sentence);
    expect(answers).toContain('Better than last year, but the peppers ripened small and early.');
    expect(answers).toContain('Mostly to Germany and Austria, and a little to Britain.');
    expect(interpreted.entities.some((e) => /interpreter|English/.test(e.name))).toBe(false);
  });

  it('reads a broadcast script\'s "CUE:" lines as the newsreader\'s prose, and an "AUDIO:" line\'s quotation below it as the named voice\'s', () => {
    const script = extract({
      title: 'Valley Radio News: 0800 bulletin script',
      body: [
        'CUE: Ardwen Council says twelve roads will go back to a 30 miles an hour limit in June.',
        'AUDIO: Councillor Eira Morgan, Ardwen Council (11 seconds)',
        '"The main roads between villages were never meant to be twenty. People were not keeping to it."',
        'CUE: The Ardwen Cycle Group says the change puts children at risk.',
        'AUDIO: Owain Pryce, Ardwen Cycle Group (9 seconds)',
        '"Fewer children have been hurt since the change, and I cannot see why anyone would gamble with that."',
      ].join('\n\n'),
    });
    const nameOf = new Map(script.entities.map((e) => [e.id, e.name]));
    const speakerOf = (start: string) =>
      nameOf.get(script.claims.find((c) => c.sentence.replace(/^"/, '').startsWith(start))?.speaker ?? '');
    expect(speakerOf('Ardwen Council says')).toBe('Ardwen Council');
    expect(speakerOf('The main roads between villages')).toBe('Eira Morgan');
    expect(speakerOf('Fewer children have been hurt')).toBe('Owain Pryce');
    expect(script.entities.some((e) => /^(?:CUE|AUDIO)$/.test(e.name))).toBe(false);
    expect(script.claims.some((c) => /^(?:CUE|AUDIO):/.test(c.sentence))).toBe(false);
  });

  it('reads a webchat\'s "Name asks:"/"Surname replies:" labels: the experts\' answers are theirs, the readers\' handles no one', () => {
    const chat = extract({
      title: 'Webchat: your damp questions answered',
      body: [
        "Two experts answered readers' questions: Dr Nia Tremayne, a surveyor who runs Wetwall Survey, and Owen Haldane, a housing lawyer.",
        'Mossbank asks: Our landlord says the mould is our fault. Is that right?',
        'Tremayne replies: Not usually. Most mould in rented homes comes from cold walls and poor ventilation, not from tenants.',
        'DampDaveHull asks: Can I withhold rent until it is fixed?',
        'Haldane replies: Please do not. Withholding rent can put you in breach of your tenancy, so write to the landlord first.',
        'Fernleaf asks: Who pays for the repairs?',
        'Tremayne replies: The landlord pays for repairs to the structure and the heating in almost every tenancy.',
      ].join('\n\n'),
    });
    const nameOf = new Map(chat.entities.map((e) => [e.id, e.name]));
    const speakerOf = (start: string) => nameOf.get(chat.claims.find((c) => c.sentence.startsWith(start))?.speaker ?? '');
    expect(speakerOf('Most mould in rented homes')).toBe('Nia Tremayne');
    expect(speakerOf('Withholding rent can put you')).toBe('Owen Haldane');
    expect(chat.entities.map((e) => e.name)).not.toContain('Mossbank');
    expect(chat.entities.map((e) => e.name)).not.toContain('DampDaveHull');
    expect(chat.claims.some((c) => /replies:/.test(c.sentence))).toBe(false);
  });

  it('reads live captions\' ">> MS. SURNAME:" labels as turns, each the person of that surname, and "AUDIENCE MEMBER" as no one', () => {
    const captions = extract({
      title: 'Transcript: the assessor takes questions',
      body: [
        'The city assessor, Karin Lund, answered questions with Dale Rusk, a project manager at Bluffside Appraisal. Jenna Vale moderated.',
        '>> MS. VALE: Good evening. Why is this happening now?',
        '>> MS. LUND: State law requires every city to assess property at full market value, and we had fallen behind.',
        '>> MR. RUSK: We look at sales of similar homes in the same street over the past two years.',
        '>> AUDIENCE MEMBER: I am retired. What can I do?',
        '>> MS. LUND: First, call our office and ask for an informal review with one of our appraisers.',
      ].join('\n\n'),
    });
    const nameOf = new Map(captions.entities.map((e) => [e.id, e.name]));
    const speakerOf = (start: string) => nameOf.get(captions.claims.find((c) => c.sentence.startsWith(start))?.speaker ?? '');
    expect(speakerOf('State law requires')).toBe('Karin Lund');
    expect(speakerOf('We look at sales')).toBe('Dale Rusk');
    expect(speakerOf('First, call our office')).toBe('Karin Lund');
    expect(captions.entities.map((e) => e.name.toLowerCase())).not.toContain('audience member');
    expect(captions.claims.some((c) => c.sentence.startsWith('>>'))).toBe(false);
  });

  it('reads an official record\'s "Mr. SURNAME." labels as turns, each the person of that surname', () => {
    const record = extract({
      title: 'Transcript: farmers at a field hearing',
      body: [
        'Representative Lionel Dorsey chairs the subcommittee. The witnesses were Jody Landry, a rice farmer, and Dr. Celeste Arceneaux, an economist.',
        'Mr. DORSEY. The subcommittee will come to order. Mr. Landry, what did the drought do to your fields?',
        'Mr. LANDRY. Last summer it did not rain for eleven weeks, and the heat killed most of the young crawfish.',
        'Mr. DORSEY. Dr. Arceneaux, is this a one-year problem?',
        'Dr. ARCENEAUX. Both, I am afraid. Our models show dry summers becoming more common across the state.',
      ].join('\n\n'),
    });
    const nameOf = new Map(record.entities.map((e) => [e.id, e.name]));
    const speakerOf = (start: string) => nameOf.get(record.claims.find((c) => c.sentence.startsWith(start))?.speaker ?? '');
    expect(speakerOf('Last summer it did not rain')).toBe('Jody Landry');
    expect(speakerOf('Our models show dry summers')).toBe('Celeste Arceneaux');
    expect(record.claims.some((c) => /^(?:Mr|Dr)\. [A-Z]{2,}/.test(c.sentence))).toBe(false);
  });
});
