const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const DEV_PORT = 3000;

// The pages load office.js from Microsoft's CDN, as production and AppSource require. The copy
// served beside them is the fallback src/taskpane/loadOffice.ts loads when the CDN did not (the
// preview offline): the host loader plus Excel's host files and the strings of the two languages
// we speak, not the 80 MB of every Office host and locale.
const officeFiles = [
  'office.js',
  'excel-*.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'telemetry/**',
  'ariatelemetry/**',
  'zh-cn/**',
  'en-us/**',
];

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/ribbon/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/ribbon/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...officeFiles.map((from) => ({
            from,
            context: OFFICE_JS,
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js'] },
          })),
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: dev ? { type: 'https', options: await devCerts() } : undefined,
    },
  };
};

async function devCerts() {
  // Trusted localhost certificates, as Office requires https for sideloaded add-ins.
  const certs = require('office-addin-dev-certs');
  const options = await certs.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}
