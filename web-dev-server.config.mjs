// `npm start`: serves the demo page (demo/index.html) and the fresh build in dist/.
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  watch: false,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
