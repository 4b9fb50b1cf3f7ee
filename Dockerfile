# The ecokg service image, used by docker-compose.yml. Node 24 LTS runs the TypeScript sources directly
# (type stripping keeps every line and column, so stack traces need no source maps); Vite and the other
# dev tools live only in the build stage, which builds the pages.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY schema.graphql ./
COPY cypher ./cypher
COPY seed ./seed
COPY src ./src
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
CMD ["node", "src/main.ts"]
