import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * A routine request with nothing wrong. The best path finds out what the customer needs and gives
 * more value than she expected, without promising what cannot be delivered.
 */
export const exceedExpectations: Scenario = {
  id: 'exceed-expectations',
  title: 'Just a standard service',
  summary:
    'A customer drops off her bike for a routine service. Nothing is wrong, and that is the point: meeting expectations is easy, exceeding them honestly takes a little more.',
  role: 'You are Alex, on the counter at Spoke & Chain, an independent bike shop. The workshop is busy this week: services booked in today are ready on Friday. The shop gives event riders a free spare inner tube and tyre levers.',
  persona: {
    name: 'Lena Fischer',
    description: 'A nurse who commutes by bike and has signed up for her first long charity ride.',
    situation:
      'Lena booked a standard £65 service online and is dropping her bike off on her way to a shift.',
    startingMood: 0,
    startingTrust: 2,
  },
  start: 'ee-open',
  nodes: [
    {
      kind: 'turn',
      id: 'ee-open',
      narration: 'A woman wheels in a well-used road bike, with her booking confirmation open on her phone.',
      customer: "Hi, I've got a standard service booked for today. Lena Fischer. Is it OK to just leave it?",
      choices: [
        {
          id: 'ee-open-curious',
          text: "Hi Lena, yes, you're all booked in. Before I take it through: has it been doing anything that bothers you, or is there something coming up you're getting it ready for?",
          feedback:
            'A routine request still has a person and a purpose behind it. One open question is how you find out what “a standard service” needs to achieve for her, and you cannot exceed expectations you do not know.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ee-plans',
          best: true,
        },
        {
          id: 'ee-open-tag',
          text: "Yes, that's fine. Pop your name and number on the tag and we'll ring you when it's ready.",
          feedback:
            'Efficient and friendly: you met the expectation exactly. You also learned nothing about what she needs, so there is nothing yet to exceed.',
          effects: { score: 1 },
          next: 'ee-gate',
        },
        {
          id: 'ee-open-busy',
          text: "Just lean it over there. We're flat out this week, so it'll be whenever the workshop gets to it. Honestly, it's been chaos since the sunshine came out: half the town wants their bikes done before the weekend and we're two mechanics down.",
          feedback:
            'Being busy is real, but passing your workload to the customer as uncertainty makes a routine job feel like a favour. She now has no idea when she will have her bike back.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ee-gate',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'ee-gate',
      rules: [{ when: { variable: 'trust', is: '>=', value: 2 }, next: 'ee-plans' }],
      otherwise: 'ee-leaving',
    },
    {
      kind: 'turn',
      id: 'ee-leaving',
      narration: 'She hesitates at the door and looks back at the bike, then at you.',
      customer: "Sorry, it's just that I really need it for the weekend. Is that actually going to happen?",
      choices: [
        {
          id: 'ee-leaving-shrug',
          text: "Should be. Can't promise anything this week. It depends on what else comes in and whether the parts turn up, and we've had a lot of delays from the supplier lately, so I'd rather not say a day.",
          feedback:
            'Honesty about capacity is good; leaving her with no plan is not. She needs certainty for something that matters to her, and you have given her a reason to go elsewhere.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ee-end-lost',
        },
        {
          id: 'ee-leaving-commit',
          text: "Sorry, I made that sound vaguer than it is. It'll be ready on Friday, and I'll text you the moment it is. What's happening at the weekend?",
          feedback:
            'You corrected your own vagueness with a day you can keep and a way she will hear, then asked the question you skipped the first time.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'ee-plans',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-plans',
      customer:
        "Actually, I'm doing the Coast to Coast charity ride on Sunday. A hundred kilometres, my first long one. The gears have been clicking a bit, and honestly I'm nervous about getting a puncture halfway.",
      freeText: {
        actions: [
          'acknowledge-feeling',
          'offer-remedy',
          'add-extra',
          'commit-time',
          'keep-informed',
          'ask-need',
        ],
        essential: ['add-extra'],
        goodAt: 3,
        cues: {
          'acknowledge-feeling': [
            'good ~1 !luck',
            '!exciting|excited|achievement|amazing|fantastic|brilliant|impressive',
          ],
          'offer-remedy': [
            'service|it|workshop|mechanic|mechanics|we ~3 !cover|covers|include|includes|sort|fix|do|adjust ~4 gear|gears|clicking|that',
          ],
          'add-extra': [
            'tyre|tyres|wheels ~3 !checked|check|looked|inspected',
            '!check|look|inspect|examine|go ~5 tyre|tyres|wheels|wheel|puncture|punctures',
            'spare|inner ~1 !tube|tubes',
            '!levers|tube',
            '!show ~3 how ~3 change|fix|repair|mend',
            '!replace|change|fit|swap ~5 tyre|tyres|tube|tubes',
          ],
          overpromise: [
            // Every slot is full until Friday morning: sooner is beyond what the workshop can do.
            '+ready|done|back ~2 by? ~1 !today|tonight|tomorrow|now|lunchtime',
            '+ready|done|back ~2 this ~1 !morning|afternoon|evening',
            '+guarantee|promise ~6 !puncture|punctures|problem|problems',
          ],
        },
      },
      choices: [
        {
          id: 'ee-plans-tailor',
          text: "A hundred kilometres, brilliant! Thanks for telling me about the clicking, and I can imagine you're a bit nervous. Leave it with me: I'll fix the gears as part of the service and check the tyres for anything that could cause a puncture. It'll be ready by Friday, and I'll text you. Does that work?",
          feedback:
            'You picked up both the practical problem and the worry behind it, and shaped the routine service around her ride. That is the difference between delivering a service and delivering value.',
          effects: { mood: 1, trust: 2, score: 3 },
          next: 'ee-timing',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'own-problem',
              'offer-remedy',
              'add-extra',
              'commit-time',
              'keep-informed',
              'check-agreement',
            ],
          },
        },
        {
          id: 'ee-plans-standard',
          text: 'The standard service covers the gears, so that should be fine. Collection is on Friday.',
          feedback:
            'Accurate, and it meets the booking. It does not touch her real worry, getting through her first long ride, so it meets her expectations without going beyond them.',
          effects: { score: 1 },
          next: 'ee-timing',
          reads: { actions: ['offer-remedy', 'commit-time'] },
        },
        {
          id: 'ee-plans-dismiss',
          text: "Everyone gets nervous before their first long ride. Punctures are just bad luck, and that's not our department.",
          feedback:
            'Brushing off her worry and ruling punctures out of your job tells her the shop sells a service, not help. She came to a specialist for exactly that reassurance.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'ee-timing',
          reads: { actions: [], faults: ['dismiss', 'blame-other'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-timing',
      narration: 'You glance at the workshop board: every slot is full until Friday morning.',
      customer:
        "Is there any chance it could be ready by Thursday instead? I'd love a test ride before Sunday.",
      choices: [
        {
          id: 'ee-timing-flat',
          text: "Sorry, Friday's the earliest.",
          feedback:
            'Honest, and it protects her from a broken promise, but a bare no leaves her with nothing. There was room for a helpful alternative.',
          effects: { score: 1 },
          next: 'ee-tyres',
        },
        {
          id: 'ee-timing-yes',
          text: "Thursday? Yes, no problem, I'll make sure it's done. I'll move it to the front myself and have a word with the mechanics, and if they can't fit it in I'll stay late and do it myself, whatever it takes, so you've got it in plenty of time.",
          feedback:
            'It feels like great service, and she is delighted. But the board is full: you have promised something the workshop cannot deliver, and the disappointment will land later, when it matters more.',
          effects: { mood: 1, score: 0 },
          next: 'ee-broken',
        },
        {
          id: 'ee-timing-honest',
          text: "I can't promise Thursday: the workshop's full and I'd rather not let you down. What I can do is put yours first on Friday morning, so it's ready by midday. That leaves Friday afternoon and Saturday for a test ride. Would that work?",
          feedback:
            'You said no to what you could not do and yes to something nearly as good that you can. A realistic promise, kept, is worth far more than an ambitious one broken.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ee-tyres',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-broken',
      mood: -2,
      narration: 'Thursday, 5.30pm. Lena arrives in her uniform. Her bike is still on the rack, untouched.',
      customer: "You said Thursday. I've come straight from a twelve-hour shift. Is it done?",
      choices: [
        {
          id: 'ee-broken-excuse',
          text: "Sorry, it's been mad in the workshop. It'll be done when it's done. We've had three bikes in with the same fault this week and one of the mechanics is off sick, so it's not as if we haven't been trying.",
          feedback:
            'Blaming the workload for a promise you made, then refusing to give a time, confirms her worst fear three days before the ride.',
          effects: { mood: -1, trust: -2, score: -1 },
          next: 'ee-end-lost',
        },
        {
          id: 'ee-broken-own',
          text: "No, it isn't, and I'm really sorry: I promised Thursday when I shouldn't have. I'll put it first in the workshop at eight tomorrow and text you the moment it's ready, by midday at the latest.",
          feedback:
            'Owning a broken promise quickly, with a new time you can actually keep, is the best recovery left. The real lesson is in the first promise: it should never have been made.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'ee-tyres',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-tyres',
      narration:
        'Looking the bike over, you notice the tyres: the rubber is worn thin and cracked at the edges. A new pair costs £58, fitted.',
      customer: 'Anything else I should know before I go?',
      choices: [
        {
          id: 'ee-tyres-silent',
          text: "No, that's everything. See you Friday.",
          feedback:
            'You spotted a real risk and said nothing. If a tyre fails on Sunday, she will wonder why the shop that serviced her bike did not mention it.',
          effects: { score: 0 },
          next: 'ee-ready',
        },
        {
          id: 'ee-tyres-honest',
          text: "One thing: your tyres are worn and cracked, and that's the biggest puncture risk on a long ride. A new pair would be £58 fitted. It's completely your call, and if you'd rather not, I'll still tell you honestly whether I think they'll last Sunday.",
          feedback:
            'You told her what she needs to know, priced it clearly and left her in control. Honest advice that might not make a sale is what earns a customer’s trust, and later her recommendation.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ee-ready',
          best: true,
        },
        {
          id: 'ee-tyres-upsell',
          text: "You'll want new tyres, a new chain and probably brake pads too. About £140 altogether, but you don't want to break down on the day. The chain's stretched, the pads are low and the bar tape's worn too. You might as well get it all done at once while it's in, and I'll throw in a bottle cage.",
          feedback:
            'Piling on extras, with her nerves as the lever, feels like selling rather than advising. Even if some of it is needed, she will wonder which parts really were.',
          effects: { trust: -1, score: 0 },
          next: 'ee-ready',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-ready',
      narration: 'Friday. The service is finished half an hour early, and a text arrives from Lena.',
      customer: '“Hi, is it still OK to collect later? Don’t want to rush you!”',
      choices: [
        {
          id: 'ee-ready-on-time',
          text: '(Reply: “Yes, all done, see you later.”)',
          feedback:
            'Reliable and on time, which is exactly what she expected. Nothing wrong with it, and nothing memorable either.',
          effects: { score: 1 },
          next: 'ee-collect',
        },
        {
          id: 'ee-ready-overpromise',
          text: '(Reply: “All ready! We’ve made it perfect for Sunday, you won’t have a single problem.”)',
          feedback:
            'A cheerful overpromise: nobody can guarantee a trouble-free hundred kilometres. If anything goes wrong, this is the text she will remember.',
          effects: { trust: -1, score: 0 },
          next: 'ee-collect',
        },
        {
          id: 'ee-ready-extra',
          text: '(Reply that it’s ready now. Put the free spare tube and tyre levers in a saddle bag for her, as the shop does for event riders, and add a card with the five steps of a roadside puncture repair.)',
          feedback:
            'A small, relevant extra aimed at the exact worry she told you about: that is exceeding expectations. It costs little, it is something the shop already offers, and she will remember it at kilometre sixty.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ee-collect',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-collect',
      narration: 'Lena lifts the bike off the stand and runs through the gears. They shift silently.',
      customer: "Oh, that's so much smoother. What do I owe you?",
      choices: [
        {
          id: 'ee-collect-explain',
          text: "Just what we agreed. The clicking was a frayed gear cable, so we replaced it, and the back wheel was slightly out of true, so we straightened it. Have you got two minutes? I'll show you how to fix a puncture by the roadside.",
          feedback:
            'Explaining what you did in plain words makes the value of the work visible, and the two-minute lesson tackles her worry head on. She leaves more confident, not just with a serviced bike.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ee-after',
          best: true,
        },
        {
          id: 'ee-collect-bill',
          text: "That's £65, please. Card or cash?",
          feedback:
            'Clear and quick. She pays without knowing what was done, so the value of the work stays invisible to her.',
          effects: { score: 1 },
          next: 'ee-after',
        },
        {
          id: 'ee-collect-surprise',
          text: 'It came to £95: we replaced the gear cable and a few other bits while it was in.',
          feedback:
            'Doing extra work and adding it to the bill without asking is the opposite of exceeding expectations. A surprise on the bill breaks trust faster than almost anything.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'ee-after',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ee-after',
      narration: 'Monday morning. Lena comes in with a medal round her neck and a tin of biscuits.',
      customer:
        'I finished! Not a single problem. Some people from my cycling club were asking where I get my bike done, actually. Have you got a card?',
      choices: [
        {
          id: 'ee-after-card',
          text: 'Well done! Here you go.',
          feedback:
            'Pleasant and enough. She may pass the card on, but you have not made it any easier or more likely.',
          effects: { score: 1 },
          next: 'ee-outcome',
        },
        {
          id: 'ee-after-welcome',
          text: "Congratulations, that's a real achievement! Here are a few cards. If your club has an event coming up, let me know the date and I'll keep some workshop slots free the week before.",
          feedback:
            'Celebrating her success and making a modest offer you can keep makes it easy for her to recommend you. She is putting her own name behind the shop, so you make sure it is worth it.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ee-outcome',
          best: true,
        },
        {
          id: 'ee-after-discount',
          text: "Tell them all to come in and I'll do their services at half price. Actually, bring the whole club on Saturday and we'll do everyone's bikes while they wait, my treat. Just say Lena sent you.",
          feedback:
            'Generous-sounding, but not something you can sustain or are likely to be allowed to offer. If it has to be withdrawn, her friends will feel misled, and she recommended you.',
          effects: { trust: -1, score: 0 },
          next: 'ee-outcome',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'ee-outcome',
      rules: [
        {
          when: {
            all: [
              { variable: 'trust', is: '>=', value: 4 },
              { variable: 'mood', is: '>=', value: 2 },
              // A promoter needs the best path's score (15) but for one small slip: trust and mood reach
              // their ceilings early, so on their own they would forgive several weak replies.
              { variable: 'score', is: '>=', value: 14 },
            ],
          },
          next: 'ee-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'ee-end-lost',
        },
      ],
      otherwise: 'ee-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'ee-end-promoter',
      outcome: 'promoter',
      title: 'The club’s new bike shop',
      customer: "I've already told the club WhatsApp group about you.",
      narration:
        'Over the next month, eleven members of Lena’s cycling club book services, each mentioning her name. None of them cost the shop a penny in advertising.',
      debrief:
        'Exceeding expectations rarely means grand gestures. A great representative asks what a routine request is for, shapes the service around it, gives honest advice even when it might cost a sale, adds a small relevant extra the shop can afford, and never promises what cannot be delivered. Customers who recommend you put their own reputation on the line, so they do it only for service that is consistently this good.',
    },
    {
      id: 'ee-end-satisfied',
      outcome: 'satisfied',
      title: 'A good service, and that’s all',
      narration:
        'Lena’s bike works well and she is happy enough. When her club asks where to go, she says “Spoke & Chain are fine”, which is not quite a recommendation.',
      debrief:
        'Nothing went wrong, and that was never going to be enough to make her a promoter. A great representative would have asked what the service was for, tailored it to her ride, been honest about the tyres and the timings, and added a small extra aimed at her worry about punctures.',
    },
    {
      id: 'ee-end-lost',
      outcome: 'lost',
      title: 'Off to the chain store',
      narration:
        'Lena takes her bike to the big chain store at the retail park. She tells her club that Spoke & Chain “couldn’t even say when they’d have it ready”.',
      debrief:
        'Even a routine request can lose a customer. A great representative would have given a clear time they could keep, asked what the bike was needed for, and never promised a day the workshop could not meet, then owned any slip straight away with a new time they could keep. Reliability is the floor that exceeding expectations stands on.',
    },
  ],
};
