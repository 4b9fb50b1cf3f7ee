# The ecokg service image, used by docker-compose.yml. Node 20 LTS; the service runs TypeScript through tsx.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY schema.graphql tsconfig.json ./
COPY cypher ./cypher
COPY seed ./seed
COPY src ./src
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
