/** The duty rota page (值班表, 领导带班). */
export const rotaEn = {
  menu: 'Duty rota',
  title: 'Duty rota (duty leader per weekday)',
  basis:
    'Seed part 五: a school leader is on duty every service day (领导带班) and writes that day’s care log. Choose the duty leader of each weekday; a make-up day follows the weekday whose timetable it runs. Only staff holding the duty-leader duty can be chosen.',
  nobody: '— nobody —',
  no_leaders: 'No active staff member of this school holds the duty-leader duty yet: give the duty on the staff page first.',
  save: 'Save rota',
  saved: 'Duty rota saved',
  unavailable: 'The duty rota could not be loaded; try again later.',
  pick_school: 'Pick a school to see and set its duty leader for each weekday.',
};
